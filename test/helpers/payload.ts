import type { Payload, SanitizedConfig } from 'payload'

import { randomBytes } from 'node:crypto'
import path from 'node:path'
import { fileURLToPath } from 'node:url'
import { getPayload } from 'payload'

import type { LinkCheckOptions } from '../../plugins/klarkoll'

import { createConfig } from '../../lib/createConfig'
import { createTestDatabase, type TestDatabase } from './testDatabase'

export const rootDir = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..')

export type TestPayload = {
  config: SanitizedConfig
  database: TestDatabase
  payload: Payload
  stop: () => Promise<void>
}

/** Exempelkommun's real config on a fresh database of its own, through the Local API. */
export const startTestPayload = async ({
  env = {},
  linkCheck,
  push,
}: {
  env?: Record<string, string>
  linkCheck?: LinkCheckOptions
  push?: boolean
} = {}): Promise<TestPayload> => {
  const database = await createTestDatabase()
  const config = await createConfig({
    databaseUri: database.uri,
    // Jobs run when a test runs them: the minute cron would otherwise start the link check in
    // the middle of a long test file (on PostgreSQL under load it marked a seeded e-service's
    // address broken, and the next copy of it was refused).
    env: {
      JOBS_AUTORUN: 'off',
      NODE_ENV: 'test',
      PAYLOAD_SECRET: randomBytes(16).toString('hex'),
      ...env,
    },
    linkCheck,
    logLevel: (process.env.TEST_LOG_LEVEL as 'info' | undefined) ?? 'fatal',
    mediaDir: database.mediaDir,
    push,
    rootDir,
  })
  // The default cache key: the REST and GraphQL route handlers call getPayload({ config }) too,
  // and must reach this same instance (one per test file, as Jest isolates globals per file).
  const payload = await getPayload({ config })
  return {
    config,
    database,
    payload,
    stop: async () => {
      await payload.destroy()
      await closeConnections(payload)
      await database.drop()
    },
  }
}

/** Payload's destroy() leaves the SQL adapters' connections open; close them so Jest can exit. */
export const closeConnections = async (payload: Payload): Promise<void> => {
  const db = payload.db as unknown as {
    client?: { close?: () => void }
    pool?: { end?: () => Promise<void>; on?: (event: 'error', listener: () => void) => void }
  }
  // A connection closed by the server while the pool shuts down is expected here, not a failure.
  db.pool?.on?.('error', () => {})
  await db.pool?.end?.()
  db.client?.close?.()
}
