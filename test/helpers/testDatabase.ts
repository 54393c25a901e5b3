import { randomBytes } from 'node:crypto'
import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import pg from 'pg'

export type TestDatabase = {
  /** Removes the database (and its files); safe to call twice. */
  drop: () => Promise<void>
  kind: 'postgres' | 'sqlite'
  mediaDir: string
  uri: string
}

/**
 * A fresh, empty database for one test file (or benchmark): a SQLite file in a temporary folder,
 * or, when a PostgreSQL server is given (TEST_POSTGRES_URL for tests), a new database on that
 * server (Payload creates it on connect).
 */
export const createTestDatabase = async (
  serverUrl = process.env.TEST_POSTGRES_URL,
): Promise<TestDatabase> => {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'klarkoll-test-'))
  const mediaDir = path.join(dir, 'media')
  const removeDir = () => fs.rmSync(dir, { force: true, recursive: true })
  if (!serverUrl) {
    return { drop: async () => removeDir(), kind: 'sqlite', mediaDir, uri: `file:${dir}/test.db` }
  }
  const name = `klarkoll_test_${process.pid}_${randomBytes(4).toString('hex')}`
  const url = new URL(serverUrl)
  url.pathname = `/${name}`
  return {
    drop: async () => {
      removeDir()
      const client = new pg.Client({ connectionString: serverUrl })
      await client.connect()
      try {
        await dropWhenFree(client, name)
      } finally {
        await client.end()
      }
    },
    kind: 'postgres',
    mediaDir,
    uri: url.toString(),
  }
}

/**
 * Drops the database once its connections are gone. The pool's clients close asynchronously after
 * pool.end() resolves; WITH (FORCE) at that moment makes the server send a fatal error to a client
 * that is still closing, which pg raises as an unhandled 'error' in whichever test file runs next.
 * FORCE stays as the last resort for a connection a test left open.
 */
const dropWhenFree = async (client: pg.Client, name: string): Promise<void> => {
  for (let attempt = 0; attempt < 50; attempt++) {
    try {
      await client.query(`DROP DATABASE IF EXISTS "${name}"`)
      return
    } catch (error) {
      // 55006: object_in_use, another session is still connected.
      if ((error as { code?: string }).code !== '55006') throw error
      await new Promise((resolve) => setTimeout(resolve, 100))
    }
  }
  await client.query(`DROP DATABASE IF EXISTS "${name}" WITH (FORCE)`)
}

/**
 * Drops a database at once, ending its connections: for tests that leave clients behind on
 * purpose (an outage) or cannot close them (two instances in one process).
 */
export const forceDropDatabase = async (serverUrl: string, name: string): Promise<void> => {
  const client = new pg.Client({ connectionString: serverUrl })
  await client.connect()
  try {
    await client.query(`DROP DATABASE IF EXISTS "${name}" WITH (FORCE)`)
  } finally {
    await client.end()
  }
}
