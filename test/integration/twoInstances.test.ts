import type { Payload } from 'payload'

import { afterAll, beforeAll, expect, test } from '@jest/globals'
import { randomBytes } from 'node:crypto'
import http from 'node:http'
import type { AddressInfo } from 'node:net'
import { getPayload } from 'payload'

import { createConfig } from '../../lib/createConfig'
import { doc, link, paragraph } from '../../seed/lexical'
import { closeConnections, rootDir, startTestPayload, type TestPayload } from '../helpers/payload'
import { forceDropDatabase } from '../helpers/testDatabase'

/**
 * Two app instances on one database, as when the site is scaled out: SQLite in the SQLite run,
 * one PostgreSQL database in the PostgreSQL run (TEST_POSTGRES_URL).
 */
let one: TestPayload
let two: Payload
let server: http.Server
let requests = 0
let base: string

beforeAll(async () => {
  server = http.createServer((req, res) => {
    requests++
    res.writeHead(200)
    res.end()
  })
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve))
  base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`
  const env = { KLARKOLL_LINK_ALLOW_HOSTS: '127.0.0.1' }
  const linkCheck = { perHostIntervalMs: 0, retries: 0, retryDelayMs: 0, timeoutMs: 2000 }
  one = await startTestPayload({ env, linkCheck })
  const config = await createConfig({
    databaseUri: one.database.uri,
    env: { NODE_ENV: 'test', PAYLOAD_SECRET: randomBytes(16).toString('hex'), ...env },
    linkCheck,
    logLevel: 'fatal',
    mediaDir: one.database.mediaDir,
    // The first instance has made the schema; the second only connects, as in production.
    push: false,
    rootDir,
  })
  // A second instance of its own: getPayload caches by key, so another key is another instance.
  two = await getPayload({ config, key: 'andra-instansen' })
}, 60_000)

/**
 * With two instances in one process, PostgreSQL's pools keep a client checked out at the end (not
 * tracked down; the app runs one instance per process), and pool.end() would wait for it forever.
 * Each pool gets three seconds; dropping the test database then ends what is left.
 */
const closeWithin = (payload: Payload) => {
  // The left-behind client is ended by the database drop below; its error is expected.
  const pool = (
    payload.db as { pool?: { _clients?: { on: (e: 'error', f: () => void) => void }[] } }
  ).pool
  for (const client of pool?._clients ?? []) client.on('error', () => {})
  return Promise.race([
    payload.destroy().then(() => closeConnections(payload)),
    new Promise((resolve) => setTimeout(resolve, 3_000)),
  ])
}

afterAll(async () => {
  if (two) await closeWithin(two)
  if (one) {
    await closeWithin(one.payload)
    if (one.database.kind === 'postgres') {
      // Ends the connections left behind; the helper's own drop would wait for them first.
      const url = new URL(one.database.uri)
      const name = url.pathname.slice(1)
      url.pathname = '/postgres'
      await forceDropDatabase(url.toString(), name)
    }
    await one.database.drop()
  }
  server?.close()
})

test('a page published on one instance is read on the other, at once', async () => {
  const page = await one.payload.create({
    collection: 'pages',
    data: { _status: 'published', slug: 'skalad', title: 'Publicerad på den första' },
  })
  const seen = await two.find({
    collection: 'pages',
    overrideAccess: false,
    where: { slug: { equals: 'skalad' } },
  })
  expect(seen.docs.map((d) => d.id)).toEqual([page.id])
  await two.update({ collection: 'pages', data: { title: 'Ändrad på den andra' }, id: page.id })
  const back = await one.payload.findByID({ collection: 'pages', id: page.id })
  expect(back.title).toBe('Ändrad på den andra')
})

test('the nightly schedule queues each task once when both instances handle it together', async () => {
  await Promise.all([
    one.payload.jobs.handleSchedules({ queue: 'klarkoll' }),
    two.jobs.handleSchedules({ queue: 'klarkoll' }),
    one.payload.jobs.handleSchedules({ queue: 'klarkoll' }),
    two.jobs.handleSchedules({ queue: 'klarkoll' }),
  ])
  const { docs } = await one.payload.find({
    collection: 'payload-jobs',
    limit: 100,
    where: {
      queue: { equals: 'klarkoll' },
      taskSlug: { in: ['klarkollLinkCheck', 'klarkollStaleness'] },
    },
  })
  const perTask = docs.reduce<Record<string, number>>((count, job) => {
    const slug = String(job.taskSlug)
    count[slug] = (count[slug] ?? 0) + 1
    return count
  }, {})
  expect(perTask).toEqual({ klarkollLinkCheck: 1, klarkollStaleness: 1 })
  await one.payload.delete({ collection: 'payload-jobs', where: { queue: { equals: 'klarkoll' } } })
})

test('a queued job runs once when both instances work the queue at the same time', async () => {
  await one.payload.create({
    collection: 'pages',
    context: { seed: true },
    data: {
      _status: 'published',
      body: doc(paragraph(link('Läs mer', `${base}/en-gang`))) as never,
      slug: 'med-lank',
      title: 'Sida med en länk',
    },
  })
  await one.payload.jobs.queue({
    input: {} as never,
    queue: 'klarkoll',
    task: 'klarkollLinkCheck' as never,
  })
  requests = 0
  await Promise.all([
    one.payload.jobs.run({ queue: 'klarkoll' }),
    two.jobs.run({ queue: 'klarkoll' }),
  ])
  // One HEAD request: the link was checked by one instance only.
  expect(requests).toBe(1)
  // Finished jobs are removed; none is left waiting or failed.
  const { docs } = await one.payload.find({
    collection: 'payload-jobs',
    where: { queue: { equals: 'klarkoll' } },
  })
  expect(docs).toEqual([])
})
