import type { Payload } from 'payload'

import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import { getPayload } from 'payload'

import { createConfig } from '../lib/createConfig'
import { doc, heading, paragraph } from '../seed/lexical'

/** Exempelkommun's real config on a fresh SQLite file in a temporary folder. */
export const benchPayload = async (): Promise<{
  cleanUp: () => Promise<void>
  payload: Payload
}> => {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'klarkoll-bench-'))
  const config = await createConfig({
    databaseUri: `file:${dir}/bench.db`,
    env: { NODE_ENV: 'test', PAYLOAD_SECRET: 'bench-secret-not-for-production' },
    logLevel: 'error',
    mediaDir: path.join(dir, 'media'),
    push: true,
    rootDir: process.cwd(),
  })
  const payload = await getPayload({ config })
  return {
    cleanUp: async () => {
      await payload.destroy()
      fs.rmSync(dir, { force: true, recursive: true })
    },
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
