import { createClient } from '@libsql/client'
import { describe, expect, test } from '@jest/globals'
import { spawn } from 'node:child_process'
import fs from 'node:fs'
import net from 'node:net'
import os from 'node:os'
import path from 'node:path'

import { rootDir } from '../helpers/payload'

type Run = { code: null | number; output: string; timedOut: boolean }

/**
 * Runs the start-up check (`npm start` runs it before Next) as its own process. The database
 * gives up after 5 s; loading the config takes most of the rest, and up to half a minute on a
 * busy two-core machine, so a hang is anything past 50 s.
 */
const preflight = (env: Record<string, string>, limitMs = 50_000): Promise<Run> =>
  new Promise((resolve) => {
    const child = spawn('node', ['scripts/payload.mjs', 'run', 'scripts/preflight.ts'], {
      cwd: rootDir,
      env: { ...process.env, NODE_OPTIONS: '--no-deprecation', ...env },
    })
    let output = ''
    child.stdout.on('data', (chunk) => (output += chunk))
    child.stderr.on('data', (chunk) => (output += chunk))
    // A hang is the failure this guards against: stop it and report it instead of waiting.
    const timer = setTimeout(() => child.kill('SIGKILL'), limitMs)
    child.on('exit', (code, signal) => {
      clearTimeout(timer)
      resolve({ code, output, timedOut: signal === 'SIGKILL' })
    })
  })

/** A port on loopback that accepts TCP connections and never answers: a hung database. */
const silentServer = async () => {
  const sockets: net.Socket[] = []
  const server = net.createServer((socket) => sockets.push(socket))
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve))
  const { port } = server.address() as net.AddressInfo
  return {
    close: () => {
      sockets.forEach((s) => s.destroy())
      server.close()
    },
    port,
  }
}

const tempDir = () => fs.mkdtempSync(path.join(os.tmpdir(), 'klarkoll-start-'))

describe('start-up', () => {
  test('an unknown DATABASE_URI scheme exits 1 naming the supported ones', async () => {
    const run = await preflight({ DATABASE_URI: 'mysql://root@127.0.0.1/kommun' })
    expect(run.code).toBe(1)
    expect(run.output).toMatch(/okänt schema "mysql"/)
    expect(run.output).toMatch(/postgres:\/\/.*mongodb:\/\//)
  })

  test('production without PAYLOAD_SECRET exits 1 with the reason', async () => {
    const run = await preflight({
      DATABASE_URI: `file:${tempDir()}/x.db`,
      NODE_ENV: 'production',
      PAYLOAD_SECRET: '',
    })
    expect(run.code).toBe(1)
    expect(run.output).toMatch(/PAYLOAD_SECRET saknas/)
  })

  test('an unreachable PostgreSQL server ends the start with an error, not a hang', async () => {
    const run = await preflight({ DATABASE_URI: 'postgres://postgres@127.0.0.1:1/kommun' })
    expect(run.timedOut).toBe(false)
    expect(run.code).toBe(1)
    expect(run.output).toMatch(/databasen \(postgres\) svarar inte/)
  })

  test('a PostgreSQL server that never answers times out instead of hanging', async () => {
    const server = await silentServer()
    try {
      const run = await preflight({
        DATABASE_URI: `postgres://postgres@127.0.0.1:${server.port}/x`,
      })
      expect(run.timedOut).toBe(false)
      expect(run.code).toBe(1)
      expect(run.output).toMatch(/svarar inte/)
    } finally {
      server.close()
    }
  })

  test('an unreachable MongoDB ends the start with an error, not a hang', async () => {
    const run = await preflight({ DATABASE_URI: 'mongodb://127.0.0.1:1/kommun' })
    expect(run.timedOut).toBe(false)
    expect(run.code).toBe(1)
    expect(run.output).toMatch(/databasen \(mongoose\) svarar inte/)
  })

  test('production applies the committed migrations on start, once', async () => {
    const file = path.join(tempDir(), 'prod.db')
    const env = {
      DATABASE_URI: `file:${file}`,
      NODE_ENV: 'production',
      PAYLOAD_SECRET: 'prod-secret-1',
    }
    const first = await preflight(env)
    expect(first.code).toBe(0)
    const second = await preflight(env)
    expect(second.code).toBe(0)
    const client = createClient({ url: `file:${file}` })
    const applied = await client.execute('select name from payload_migrations')
    const tables = await client.execute("select name from sqlite_master where type = 'table'")
    client.close()
    const names = fs
      .readdirSync(path.join(rootDir, 'migrations/sqlite'))
      .filter((f) => f.endsWith('.json'))
    expect(applied.rows.map((r) => `${r.name}.json`)).toEqual(names)
    expect(tables.rows.map((r) => r.name)).toEqual(
      expect.arrayContaining(['pages', 'users', 'media']),
    )
  })
})
