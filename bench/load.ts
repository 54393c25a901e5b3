/**
 * `npm run bench:load`: the public API under load, on SQLite and on PostgreSQL, from a second
 * process over loopback. For each database, autocannon with 50 connections for 30 s (BENCH_SECONDS)
 * against the opening status, a page by address, the e-service list, and Payload's plain REST
 * findByID as the baseline, in the same run. Then, on PostgreSQL, the server is restarted during
 * load (skip with BENCH_NO_RESTART=1): requests during the outage must fail cleanly (503) and the
 * app must answer again without being restarted.
 * Goals: zero errors; our endpoints no slower than the baseline.
 */
import autocannon from 'autocannon'
import { execFile, spawn } from 'node:child_process'
import { randomBytes } from 'node:crypto'
import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import pg from 'pg'

const seconds = Number(process.env.BENCH_SECONDS ?? 30)
const connections = Number(process.env.BENCH_CONNECTIONS ?? 50)
const postgresUrl = process.env.BENCH_POSTGRES_URL ?? 'postgres://postgres@127.0.0.1:5432/test'
const port = 3200

type Ready = { hours: number; page: number; service: number; slug: string }

const startServer = async (databaseUri: string) => {
  const child = spawn(process.execPath, ['scripts/payload.mjs', 'run', 'bench/loadServer.ts'], {
    detached: true,
    env: { ...process.env, BENCH_DATABASE_URI: databaseUri, BENCH_PORT: String(port) },
    stdio: ['ignore', 'pipe', 'inherit'],
  })
  const ready = await new Promise<Ready>((resolve, reject) => {
    let out = ''
    child.stdout.on('data', (chunk: Buffer) => {
      out += chunk.toString()
      const line = out.split('\n').find((l) => l.startsWith('READY '))
      if (line) resolve(JSON.parse(line.slice('READY '.length)) as Ready)
    })
    child.on('exit', (code) =>
      reject(new Error(`Servern avslutades (${code}) innan den var klar.`)),
    )
  })
  let exited = false
  child.once('exit', () => (exited = true))
  const stop = async () => {
    if (exited) throw new Error('Servern hade redan avslutats: den överlevde inte lasten.')
    process.kill(-child.pid!, 'SIGTERM')
    await new Promise((resolve) => child.once('exit', resolve))
  }
  return { ready, stop }
}

type Row = {
  database: string
  detail: string
  endpoint: string
  errors: number
  p50: number
  p99: number
  requests: number
  rps: number
}

const run = (url: string, duration = seconds) => autocannon({ connections, duration, url })

const measure = async (database: string, endpoint: string, url: string): Promise<Row> => {
  const result = await run(url)
  return {
    database,
    endpoint,
    detail: `${result.errors} avbrutna, ${result.timeouts} timeouts, ${result.non2xx} ej 2xx`,
    errors: result.errors + result.timeouts + result.non2xx,
    p50: result.latency.p50,
    p99: result.latency.p99,
    requests: result.requests.total,
    rps: result.requests.average,
  }
}

/**
 * What the public site asks for, each followed by its baseline: Payload's plain REST findByID of
 * one document of the same collection (the list answers with every e-service, the baseline with one).
 */
const endpoints = (base: string, ready: Ready) =>
  [
    ['öppet nu (status)', `${base}/opening-hours/${ready.hours}/status`],
    ['baslinje: findByID öppettider', `${base}/opening-hours/${ready.hours}?depth=0`],
    [
      'sida per adress',
      `${base}/pages?depth=0&limit=1&locale=sv&where%5Bslug%5D%5Bequals%5D=${ready.slug}`,
    ],
    ['baslinje: findByID sida', `${base}/pages/${ready.page}?depth=0`],
    [
      'e-tjänstlista (alla)',
      `${base}/e-services?depth=0&limit=200&locale=sv&sort=title&select%5Btitle%5D=true&select%5Bslug%5D=true&select%5BshortDescription%5D=true`,
    ],
    ['baslinje: findByID e-tjänst', `${base}/e-services/${ready.service}?depth=0`],
  ] as const

const rows: Row[] = []
let restart: null | Record<string, number | string> = null

const onDatabase = async (database: string, uri: string, withRestart: boolean) => {
  const server = await startServer(uri)
  const base = `http://127.0.0.1:${port}/api`
  try {
    // Warm up every route once so the first measured second is not compiling queries.
    for (const [, url] of restartOnly ? [] : endpoints(base, server.ready)) await run(url, 2)
    for (const [name, url] of restartOnly ? [] : endpoints(base, server.ready)) {
      const row = await measure(database, name, url)
      rows.push(row)
      // As it goes, so a run that fails later still shows what it measured.
      console.log(
        `${database} · ${name}: ${Math.round(row.rps)} req/s, p50 ${row.p50} ms, p99 ${row.p99} ms, ${row.errors} fel (${row.detail})`,
      )
    }
    if (withRestart)
      restart = await restartDuringLoad(`${base}/opening-hours/${server.ready.hours}/status`)
  } finally {
    await server.stop()
  }
}

/** Restarts PostgreSQL five seconds into a 20-second load and counts the answers. */
const restartDuringLoad = async (url: string) => {
  const statuses = new Map<string, number>()
  let lastFailure = 0
  const started = Date.now()
  let instance!: autocannon.Instance
  const finished = new Promise<autocannon.Result>((resolve, reject) => {
    instance = autocannon({ connections: 10, duration: 20, url }, (error, result) =>
      error ? reject(error) : resolve(result),
    )
  })
  instance.on('response', (_client, status) => {
    const key = status === 200 ? '200' : String(status)
    statuses.set(key, (statuses.get(key) ?? 0) + 1)
    if (status !== 200) lastFailure = Date.now()
  })
  const cluster = fs.readdirSync('/etc/postgresql')[0]!
  await new Promise((resolve) => setTimeout(resolve, 5_000))
  const restartAt = Date.now()
  // Asynchronously, so the load keeps coming while the server is down.
  await new Promise<void>((resolve, reject) =>
    execFile('pg_ctlcluster', ['--skip-systemctl-redirect', cluster, 'main', 'restart'], (error) =>
      error ? reject(error) : resolve(),
    ),
  )
  const restartedAt = Date.now()
  const result = await finished
  const after = await fetch(url)
  return {
    'PostgreSQL nere (ms)': restartedAt - restartAt,
    'svar 200': statuses.get('200') ?? 0,
    'svar 503': statuses.get('503') ?? 0,
    'andra svar':
      [...statuses]
        .filter(([s]) => !['200', '503'].includes(s))
        .map(([s, n]) => `${s}×${n}`)
        .join(', ') || '0',
    'avbrutna/timeouts': result.errors + result.timeouts,
    'sista felet efter omstart (ms)': lastFailure ? Math.max(0, lastFailure - restartedAt) : 0,
    'status efter (utan omstart av appen)': after.status,
    'total tid (s)': Math.round((Date.now() - started) / 1000),
  }
}

// BENCH_RESTART_ONLY=1: only the PostgreSQL restart, without the load rows.
const restartOnly = process.env.BENCH_RESTART_ONLY === '1'
if (!restartOnly) {
  const sqliteDir = fs.mkdtempSync(path.join(os.tmpdir(), 'klarkoll-load-'))
  await onDatabase('SQLite', `file:${sqliteDir}/load.db`, false)
  fs.rmSync(sqliteDir, { force: true, recursive: true })
}

const name = `klarkoll_load_${randomBytes(4).toString('hex')}`
const pgUri = new URL(postgresUrl)
pgUri.pathname = `/${name}`
await onDatabase('PostgreSQL', pgUri.toString(), process.env.BENCH_NO_RESTART !== '1')
const admin = new pg.Client({ connectionString: postgresUrl })
await admin.connect()
await admin.query(`DROP DATABASE IF EXISTS "${name}" WITH (FORCE)`)
await admin.end()

/** The baseline measured right after a row (rows come in pairs: endpoint, its baseline). */
const baselineOf = (row: Row) => rows[rows.indexOf(row) + 1]!
console.log(
  `\nbench:load — ${connections} anslutningar i ${seconds} s per rad, Node ${process.version}, ${os.cpus().length} kärnor\n`,
)
if (rows.length > 0)
  console.table(
    rows.map((r) => ({
      databas: r.database,
      endpoint: r.endpoint,
      'req/s': Math.round(r.rps),
      'p50 ms': r.p50,
      'p99 ms': r.p99,
      förfrågningar: r.requests,
      fel: r.errors,
      'jämfört med baslinjen': r.endpoint.startsWith('baslinje')
        ? '–'
        : `${Math.round((r.rps / baselineOf(r).rps) * 100)} % av baslinjens req/s`,
    })),
  )
if (restart) {
  console.log('\nPostgreSQL startas om under last (10 anslutningar, 20 s, öppet nu):')
  console.table([restart])
}
const errors = rows.reduce((sum, r) => sum + r.errors, 0)
console.log(errors === 0 ? '\nInga fel.' : `\n${errors} fel under lasten.`)
