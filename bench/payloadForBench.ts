import type { Payload } from 'payload'

import { getPayload } from 'payload'

import { createConfig } from '../lib/createConfig'
import { createTestDatabase } from '../test/helpers/testDatabase'
import { doc, heading, paragraph } from '../seed/lexical'

/**
 * Exempelkommun's real config on a fresh database: a SQLite file in a temporary folder, or a new
 * database on the PostgreSQL server in BENCH_POSTGRES_URL, dropped afterwards.
 */
export const benchPayload = async (): Promise<{
  cleanUp: () => Promise<void>
  kind: 'postgres' | 'sqlite'
  payload: Payload
}> => {
  const database = await createTestDatabase(process.env.BENCH_POSTGRES_URL ?? '')
  const config = await createConfig({
    databaseUri: database.uri,
    env: { NODE_ENV: 'test', PAYLOAD_SECRET: 'bench-secret-not-for-production' },
    logLevel: 'error',
    mediaDir: database.mediaDir,
    push: true,
    rootDir: process.cwd(),
  })
  const payload = await getPayload({ config })
  return {
    cleanUp: async () => {
      await payload.destroy()
      await database.drop()
    },
    kind: database.kind,
    payload,
  }
}

/** A generated page as a Lexical document (headings and paragraphs). */
export const pageBody = (paragraphs: string[]) =>
  doc(...paragraphs.map((p) => (p === 'Så här gör du' ? heading('h2', p) : paragraph(p))))

export const percentile = (values: number[], p: number): number => {
  const sorted = [...values].sort((a, b) => a - b)
  return sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)]!
}
