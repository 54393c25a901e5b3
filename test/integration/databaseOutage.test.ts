import type { Payload } from 'payload'

import { afterAll, beforeAll, expect, test } from '@jest/globals'
import { randomBytes } from 'node:crypto'
import fs from 'node:fs'
import net from 'node:net'
import os from 'node:os'
import path from 'node:path'
import { getPayload } from 'payload'

import { createConfig } from '../../lib/createConfig'
import { createApiClient } from '../helpers/api'
import { closeConnections, rootDir } from '../helpers/payload'
import { forceDropDatabase } from '../helpers/testDatabase'

/**
 * PostgreSQL going away under a running app (a restart, a failover), simulated by a TCP proxy in
 * front of the real server that drops every connection and refuses new ones until it is restored.
 * Runs against PostgreSQL in both runs: the outage is PostgreSQL's.
 */
const server = new URL(process.env.TEST_POSTGRES_URL || 'postgres://postgres@127.0.0.1:5432/test')
const name = `klarkoll_outage_${randomBytes(4).toString('hex')}`
const sockets = new Set<net.Socket>()
let down = false
let proxy: net.Server
let payload: Payload
let api: ReturnType<typeof createApiClient>
let pageId: number | string
let token: string
let hoursId: number | string
const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'klarkoll-outage-'))

const cut = () => {
  down = true
  for (const socket of sockets) socket.destroy()
}

beforeAll(async () => {
  proxy = net.createServer((client) => {
    if (down) return client.destroy()
    const upstream = net.connect(Number(server.port || 5432), server.hostname)
    for (const socket of [client, upstream]) {
      sockets.add(socket)
      socket.on('close', () => sockets.delete(socket))
      socket.on('error', () => {
        client.destroy()
        upstream.destroy()
      })
    }
    client.pipe(upstream).pipe(client)
  })
  await new Promise<void>((resolve) => proxy.listen(0, '127.0.0.1', resolve))
  const via = new URL(server)
  via.host = `127.0.0.1:${(proxy.address() as net.AddressInfo).port}`
  via.pathname = `/${name}`
  const config = await createConfig({
    databaseUri: via.toString(),
    env: { NODE_ENV: 'test', PAYLOAD_SECRET: randomBytes(16).toString('hex') },
    logLevel: 'fatal',
    mediaDir: path.join(dir, 'media'),
    rootDir,
  })
  payload = await getPayload({ config })
  api = createApiClient(config)
  const user = { email: 'redaktor@exempelkommun.se', password: 'Avbrott-lösen-1' }
  await payload.create({
    collection: 'users',
    data: { ...user, name: 'Redaktör', role: 'webbredaktor' },
  })
  token = (await payload.login({ collection: 'users', data: user })).token!
  hoursId = (
    await payload.create({
      collection: 'opening-hours',
      context: { seed: true },
      data: {
        _status: 'published',
        kind: 'besokstid',
        name: 'Receptionen',
        weekly: [{ days: ['1'], intervals: [{ from: '08:00', to: '16:00' }] }],
      } as never,
    })
  ).id
  pageId = (
    await payload.create({
      collection: 'pages',
      data: { _status: 'published', slug: 'avbrott', title: 'Sidan finns kvar' },
    })
  ).id
}, 60_000)

afterAll(async () => {
  down = false
  await payload?.destroy()
  if (payload) await closeConnections(payload)
  proxy?.close()
  await forceDropDatabase(server.toString(), name)
  fs.rmSync(dir, { force: true, recursive: true })
})

test('while the database is gone, reads and writes get a Swedish 503 and nothing is half-written', async () => {
  expect((await api.get(`/pages/${pageId}`)).status).toBe(200)
  cut()
  const read = await api.get(`/pages/${pageId}`)
  expect(read.status).toBe(503)
  expect(read.body.errors[0].message).toMatch(/^Databasen svarar inte just nu/)
  // The project's own endpoints too: an outage is not "this does not exist".
  const hours = await api.get(`/opening-hours/${hoursId}/status`)
  expect(hours.status).toBe(503)
  const write = await api.patch(`/pages/${pageId}?draft=true`, {
    body: { title: 'Ändrad under avbrottet' },
    token,
  })
  expect(write.status).toBe(503)
})

test('once the database is back, the same app answers again without a restart', async () => {
  cut()
  down = false
  let status = 0
  // The pool drops the broken connections as they fail; a few requests at most.
  for (let attempt = 0; attempt < 5 && status !== 200; attempt++) {
    status = (await api.get(`/pages/${pageId}`)).status
  }
  expect(status).toBe(200)
  expect((await api.get(`/opening-hours/${hoursId}/status`)).status).toBe(200)
  const page = await payload.findByID({ collection: 'pages', draft: true, id: pageId })
  expect(page.title).toBe('Sidan finns kvar')
})
