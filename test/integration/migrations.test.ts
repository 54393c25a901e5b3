import { afterAll, beforeAll, expect, test } from '@jest/globals'
import fs from 'node:fs'
import path from 'node:path'

import { migrations as postgresMigrations } from '../../migrations/postgres'
import { migrations as sqliteMigrations } from '../../migrations/sqlite'
import { startTestPayload, type TestPayload } from '../helpers/payload'

type DrizzleKit = {
  generateDrizzleJson: (schema: unknown) => Promise<{ version: string }>
  generateMigration: (before: unknown, after: unknown) => Promise<string[]>
  upSnapshot?: (snapshot: unknown) => unknown
}

let t: TestPayload

// Production never pushes the schema: a fresh database gets exactly the committed migrations.
beforeAll(async () => {
  t = await startTestPayload({ push: false })
})
afterAll(async () => {
  await t?.stop()
})

const dialect = () => (t.database.kind === 'postgres' ? 'postgres' : 'sqlite')

test('the committed migrations build a working schema on a fresh database', async () => {
  const migrations = dialect() === 'postgres' ? postgresMigrations : sqliteMigrations
  expect(migrations.length).toBeGreaterThan(0)
  await t.payload.db.migrate({ migrations: migrations as never })

  const page = await t.payload.create({
    collection: 'pages',
    data: { _status: 'published', ingress: 'Ingress', slug: 'migrerad', title: 'Migrerad sida' },
  })
  await t.payload.update({
    collection: 'pages',
    data: { title: 'Migrated' },
    id: page.id,
    locale: 'en',
  })
  const found = await t.payload.find({ collection: 'pages', locale: 'all' })
  expect(found.docs[0]?.title).toEqual({ en: 'Migrated', sv: 'Migrerad sida' })
  for (const role of ['administrator', 'kommunikator'] as const) {
    const user = await t.payload.create({
      collection: 'users',
      data: { email: `${role}@exempelkommun.se`, name: role, password: 'Migr-lösen-1', role },
    })
    expect(user.role).toBe(role)
  }
})

test('the committed migrations match the config: nothing left to generate', async () => {
  const db = t.payload.db as unknown as {
    migrationDir: string
    requireDrizzleKit: () => DrizzleKit
    schema: unknown
  }
  const dir = db.migrationDir
  expect(path.basename(dir)).toBe(dialect())
  const latest = fs
    .readdirSync(dir)
    .filter((file) => file.endsWith('.json'))
    .sort()
    .at(-1)
  expect(latest).toBeDefined()
  const { generateDrizzleJson, generateMigration, upSnapshot } = db.requireDrizzleKit()
  const after = await generateDrizzleJson(db.schema)
  let before = JSON.parse(fs.readFileSync(path.join(dir, latest!), 'utf8'))
  if (upSnapshot && before.version < after.version) {
    before = upSnapshot(before)
  }
  const statements = await generateMigration(before, after)
  // Non-empty means the config changed without `npm run migrate:create <name>`.
  expect(statements).toEqual([])
})
