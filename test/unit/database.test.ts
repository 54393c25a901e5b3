import { describe, expect, test } from '@jest/globals'
import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'

import {
  createDatabaseAdapter,
  DatabaseUriError,
  parseDatabaseUri,
  redactDatabaseUri,
} from '../../lib/database'

const root = '/srv/klarkoll'

describe('parseDatabaseUri', () => {
  test('unset or blank means the embedded SQLite file under data/', () => {
    expect(parseDatabaseUri(undefined, root)).toEqual({
      kind: 'sqlite',
      url: 'file:/srv/klarkoll/data/klarkoll.db',
    })
    expect(parseDatabaseUri('   ', root).kind).toBe('sqlite')
  })

  test('SQLite paths are resolved against the project root', () => {
    expect(parseDatabaseUri('file:./data/other.db', root).url).toBe(
      'file:/srv/klarkoll/data/other.db',
    )
    expect(parseDatabaseUri('file:/var/lib/klarkoll.db', root).url).toBe(
      'file:/var/lib/klarkoll.db',
    )
    expect(parseDatabaseUri('file:///var/lib/klarkoll.db', root).url).toBe(
      'file:/var/lib/klarkoll.db',
    )
  })

  test.each([
    ['postgres://user:pw@db.example.se:5432/kommun', 'postgres'],
    ['postgresql://db/kommun', 'postgres'],
    ['POSTGRES://db/kommun', 'postgres'],
    ['mongodb://127.0.0.1:27017/kommun', 'mongodb'],
    ['mongodb+srv://cluster.example.net/kommun', 'mongodb'],
  ])('%s → %s', (uri, kind) => {
    expect(parseDatabaseUri(uri, root)).toEqual({ kind, url: uri })
  })

  test('an unknown scheme names every supported one, in Swedish', () => {
    expect(() => parseDatabaseUri('mysql://root@localhost/kommun', root)).toThrow(DatabaseUriError)
    expect(() => parseDatabaseUri('mysql://root@localhost/kommun', root)).toThrow(
      /okänt schema "mysql".*file:.*postgres:\/\/.*mongodb:\/\//,
    )
    expect(() => parseDatabaseUri('klarkoll.db', root)).toThrow(/okänt schema "klarkoll.db"/)
  })

  test('file: without a path is refused', () => {
    expect(() => parseDatabaseUri('file:', root)).toThrow(/saknar en sökväg/)
  })
})

test('redactDatabaseUri hides the password only', () => {
  expect(redactDatabaseUri('postgres://kommun:hemligt@db:5432/webb')).toBe(
    'postgres://kommun:***@db:5432/webb',
  )
  expect(redactDatabaseUri('postgres://db:5432/webb')).toBe('postgres://db:5432/webb')
})

describe('createDatabaseAdapter', () => {
  const migrationsDir = '/srv/klarkoll/migrations'

  test('picks Payload’s adapter for each kind without connecting', () => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'klarkoll-db-'))
    const sqliteFile = path.join(dir, 'nested', 'folder', 'x.db')
    const sqlite = createDatabaseAdapter(
      { kind: 'sqlite', url: `file:${sqliteFile}` },
      { migrationsDir },
    )
    expect(sqlite.name).toBe('sqlite')
    // libSQL would fail on a missing folder; the adapter factory creates it.
    expect(fs.existsSync(path.dirname(sqliteFile))).toBe(true)

    const postgres = createDatabaseAdapter(
      { kind: 'postgres', url: 'postgres://127.0.0.1:1/none' },
      { migrationsDir },
    )
    expect(postgres.name).toBe('postgres')

    const mongo = createDatabaseAdapter(
      { kind: 'mongodb', url: 'mongodb://127.0.0.1:1/none' },
      { migrationsDir },
    )
    expect(mongo.name).toBe('mongoose')
    expect(mongo.defaultIDType).toBe('text')
    fs.rmSync(dir, { force: true, recursive: true })
  })
})
