/**
 * The public API for `npm run bench:load`: Exempelkommun's config on the database in
 * BENCH_DATABASE_URI, with the demo content, served over HTTP on BENCH_PORT by the same REST route
 * handlers Next calls for /api/* (no Next build needed). Prints one line `READY {ids}` when up.
 */
import { REST_GET } from '@payloadcms/next/routes'
import http from 'node:http'
import os from 'node:os'
import path from 'node:path'
import { getPayload } from 'payload'

import { createConfig } from '../lib/createConfig'
import { seed } from '../seed'

const dir = path.join(os.tmpdir(), `klarkoll-load-${process.pid}`)
const config = await createConfig({
  databaseUri: process.env.BENCH_DATABASE_URI,
  env: {
    JOBS_AUTORUN: 'off',
    NODE_ENV: 'production',
    PAYLOAD_SECRET: 'bench-secret-not-for-production',
  },
  logLevel: 'fatal',
  mediaDir: path.join(dir, 'media'),
  push: true,
  rootDir: process.cwd(),
})
const payload = await getPayload({ config })
await seed(payload, { adminPassword: 'Bench-lösenord-1' })

const first = async (collection: 'e-services' | 'opening-hours' | 'pages') =>
  (
    await payload.find({
      collection,
      depth: 0,
      limit: 1,
      where: { _status: { equals: 'published' } },
    })
  ).docs[0]!
const page = (await first('pages')) as { id: number; slug: string }
const hours = await first('opening-hours')
const service = await first('e-services')

const handler = REST_GET(Promise.resolve(config))
const server = http.createServer(async (incoming, outgoing) => {
  try {
    const url = new URL(incoming.url ?? '/', `http://${incoming.headers.host}`)
    const headers = new Headers()
    for (const [key, value] of Object.entries(incoming.headers)) {
      if (typeof value === 'string') headers.set(key, value)
    }
    const response = await handler(new Request(url, { headers, method: 'GET' }), {
      params: Promise.resolve({ slug: url.pathname.replace(/^\/api\//, '').split('/') }),
    })
    outgoing.writeHead(response.status, Object.fromEntries(response.headers))
    outgoing.end(Buffer.from(await response.arrayBuffer()))
  } catch (error) {
    // Only a failure outside Payload's handler lands here; Payload answers its own errors.
    outgoing.writeHead(502)
    outgoing.end(String(error))
  }
})
server.keepAliveTimeout = 65_000
server.listen(Number(process.env.BENCH_PORT ?? 3200), '127.0.0.1', () => {
  console.log(
    `READY ${JSON.stringify({ hours: hours.id, page: page.id, service: service.id, slug: page.slug })}`,
  )
})
for (const signal of ['SIGINT', 'SIGTERM'] as const) {
  process.on(signal, () => {
    server.close()
    void payload.destroy().finally(() => process.exit(0))
  })
}
// `payload run` exits when the script's module has finished; the server is the script.
await new Promise<void>((resolve) => server.on('close', () => resolve()))
