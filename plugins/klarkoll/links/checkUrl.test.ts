import { afterAll, beforeAll, describe, expect, test } from '@jest/globals'
import http from 'node:http'
import type { AddressInfo } from 'node:net'

import { checkUrl } from './checkUrl'
import { checkUrls } from './scheduler'
import { resolveLinkOptions } from './types'

/** A loopback server with every kind of answer the checker must handle. */
let server: http.Server
let base: string
const hits = new Map<string, number>()
let inFlight = 0
let maxInFlight = 0

beforeAll(async () => {
  server = http.createServer((req, res) => {
    const path = req.url ?? '/'
    hits.set(path, (hits.get(path) ?? 0) + 1)
    inFlight++
    maxInFlight = Math.max(maxInFlight, inFlight)
    res.on('close', () => inFlight--)
    const send = (status: number, headers: Record<string, string> = {}) => {
      res.writeHead(status, headers)
      res.end()
    }
    if (path === '/ok' || path.startsWith('/slow-ok')) {
      return setTimeout(() => send(200), path.startsWith('/slow-ok') ? 30 : 0)
    }
    if (path === '/no-head') return send(req.method === 'HEAD' ? 405 : 200)
    if (path === '/gone') return send(404)
    if (path === '/removed') return send(410)
    if (path === '/error') return send(500)
    if (path === '/busy') return send(429)
    if (path === '/flaky') return send((hits.get(path) ?? 0) <= 1 ? 503 : 200)
    if (path === '/private') return send(401)
    if (path === '/hang') return // never answers
    if (path === '/slow') return setTimeout(() => send(200), 5_000)
    if (path === '/moved') return send(301, { location: '/hop' })
    if (path === '/hop') return send(302, { location: `${base}/ok` })
    if (path === '/e-tjanst') return send(302, { location: '/idp/saml2/login?ReturnTo=/e-tjanst' })
    if (path === '/loop') return send(302, { location: '/loop' })
    if (path === '/to-internal') return send(302, { location: 'http://localhost:9/admin' })
    send(404)
  })
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve))
  base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`
})
afterAll(async () => {
  server.closeAllConnections()
  await new Promise((resolve) => server.close(resolve))
})

// The loopback server is allowed explicitly, as a municipality would allow its intranet.
const options = resolveLinkOptions({
  allowHosts: ['127.0.0.1'],
  perHostIntervalMs: 0,
  retries: 1,
  retryDelayMs: 0,
  // Generous for loopback, so a busy CI machine does not turn a quick answer into a timeout.
  timeoutMs: 2000,
})
const check = (path: string, o = options) => checkUrl(`${base}${path}`, o)

describe('link outcomes', () => {
  test('alive: 200, GET where HEAD is refused, redirects followed, login walls', async () => {
    expect(await check('/ok')).toMatchObject({ attempts: 1, httpStatus: 200, outcome: 'ok' })
    expect(await check('/no-head')).toMatchObject({ httpStatus: 200, outcome: 'ok' })
    expect(await check('/moved')).toMatchObject({ finalUrl: `${base}/ok`, outcome: 'ok' })
    expect(await check('/private')).toMatchObject({
      httpStatus: 401,
      outcome: 'ok',
      reason: expect.stringMatching(/^Kräver inloggning/),
    })
    expect(await check('/e-tjanst')).toMatchObject({
      outcome: 'ok',
      reason: 'Leder till en inloggning – räknas som fungerande.',
    })
  })

  test('broken after retrying: 404, 410, redirect loops, names that do not exist', async () => {
    hits.clear()
    expect(await check('/gone')).toMatchObject({
      attempts: 2,
      outcome: 'broken',
      reason: 'Sidan finns inte (404).',
    })
    // HEAD and GET on each of the two attempts.
    expect(hits.get('/gone')).toBe(4)
    expect(await check('/removed')).toMatchObject({ httpStatus: 410, outcome: 'broken' })
    expect(await check('/loop')).toMatchObject({
      outcome: 'broken',
      reason: 'Fler än 5 omdirigeringar – kontrollera adressen.',
    })
    expect(await checkUrl('http://finns-inte.invalid/', options)).toMatchObject({
      outcome: 'broken',
      reason: 'Domänen finns inte (hittas inte i DNS).',
    })
    expect(await checkUrl('inte en adress', options)).toMatchObject({ outcome: 'broken' })
  })

  test('unsure, not broken: 5xx, 429, slow and hanging servers', async () => {
    expect(await check('/error')).toMatchObject({ httpStatus: 500, outcome: 'unsure' })
    expect(await check('/busy')).toMatchObject({ httpStatus: 429, outcome: 'unsure' })
    expect(await check('/slow')).toMatchObject({
      outcome: 'unsure',
      reason: 'Svarade inte inom 2 sekunder. Prövas igen senare.',
    })
    expect(await check('/hang')).toMatchObject({ attempts: 2, outcome: 'unsure' })
  }, 30_000)

  test('a retry rescues a link that failed once', async () => {
    hits.delete('/flaky')
    expect(await check('/flaky')).toMatchObject({ attempts: 2, httpStatus: 200, outcome: 'ok' })
  })
})

describe('SSRF', () => {
  test('internal addresses are refused unless allowed, also behind a redirect', async () => {
    const strict = resolveLinkOptions({ retries: 0, timeoutMs: 2000 })
    hits.clear()
    expect(await check('/ok', strict)).toMatchObject({
      outcome: 'refused',
      reason: 'Adressen pekar på ett internt nät och kontrolleras inte.',
    })
    expect(hits.size).toBe(0)
    expect(await check('/to-internal')).toMatchObject({ outcome: 'refused' })
    expect(await checkUrl('file:///etc/passwd', strict)).toMatchObject({
      outcome: 'refused',
      reason: 'Bara http- och https-länkar kontrolleras.',
    })
  })
})

describe('politeness', () => {
  test('one request at a time per host, every URL once', async () => {
    maxInFlight = 0
    const urls = Array.from({ length: 6 }, (_, i) => `${base}/slow-ok-${i}`)
    const results = await checkUrls([...urls, urls[0]!], { ...options, concurrency: 4 })
    expect(results.map((r) => r.url).sort()).toEqual([...urls].sort())
    expect(results.every((r) => r.outcome === 'ok')).toBe(true)
    expect(maxInFlight).toBe(1)
  })
})
