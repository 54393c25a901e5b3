import type { DatabaseAdapterObj } from 'payload'

import { mongooseAdapter } from '@payloadcms/db-mongodb'
import { postgresAdapter } from '@payloadcms/db-postgres'
import { sqliteAdapter } from '@payloadcms/db-sqlite'
import fs from 'node:fs'
import path from 'node:path'

export type DatabaseKind = 'mongodb' | 'postgres' | 'sqlite'

export type DatabaseTarget = {
  kind: DatabaseKind
  /** The URI handed to the adapter; for SQLite a `file:` URL with an absolute path. */
  url: string
}

/** The SQLite file used when DATABASE_URI is unset. */
export const defaultSqliteFile = 'data/klarkoll.db'

export const supportedSchemes =
  'file: (SQLite), postgres:// eller postgresql:// (PostgreSQL), mongodb:// eller mongodb+srv:// (MongoDB)'

/** How long a start waits for an unreachable database before it gives up. */
export const connectTimeoutMs = 5_000

export class DatabaseUriError extends Error {
  constructor(message: string) {
    super(message)
    this.name = 'DatabaseUriError'
  }
}

const schemeOf = (uri: string): string =>
  /^([a-z][a-z0-9+.-]*):/i.exec(uri)?.[1]?.toLowerCase() ?? ''

/**
 * Reads DATABASE_URI. Unset means the embedded SQLite file; relative SQLite paths are resolved
 * against `rootDir` so every entry point (Next, scripts, tests) opens the same file.
 */
export const parseDatabaseUri = (uri: string | undefined, rootDir: string): DatabaseTarget => {
  const trimmed = uri?.trim() ?? ''
  if (!trimmed) {
    return { kind: 'sqlite', url: `file:${path.resolve(rootDir, defaultSqliteFile)}` }
  }
  const scheme = schemeOf(trimmed)
  switch (scheme) {
    case 'file': {
      const file = trimmed.slice('file:'.length).replace(/^\/\/(?=\/)/, '')
      if (!file) {
        throw new DatabaseUriError(
          `DATABASE_URI "${trimmed}" saknar en sökväg till SQLite-filen, till exempel file:./data/klarkoll.db.`,
        )
      }
      return { kind: 'sqlite', url: `file:${path.resolve(rootDir, file)}` }
    }
    case 'mongodb':
    case 'mongodb+srv':
      return { kind: 'mongodb', url: trimmed }
    case 'postgres':
    case 'postgresql':
      return { kind: 'postgres', url: trimmed }
    default:
      throw new DatabaseUriError(
        `DATABASE_URI har ett okänt schema "${scheme || trimmed}". Databaser som stöds: ${supportedSchemes}. ` +
          `Lämna DATABASE_URI tom för att använda den inbyggda SQLite-filen ${defaultSqliteFile}.`,
      )
  }
}

/** Hides the password of a database URI, for log lines and error messages. */
export const redactDatabaseUri = (uri: string): string =>
  uri.replace(/^([a-z][a-z0-9+.-]*:\/\/[^:/@]+:)[^@]*@/i, '$1***@')

export type DatabaseAdapterOptions = {
  /** Migrations applied on start when NODE_ENV is production, per SQL dialect. */
  migrations?: { postgres?: PostgresMigrations; sqlite?: SqliteMigrations }
  /** Folder holding the migration folders `sqlite/` and `postgres/`. */
  migrationsDir: string
  /** Push the schema without migrations (development and tests). Never in production. */
  push?: boolean
}

type SqliteMigrations = Parameters<typeof sqliteAdapter>[0]['prodMigrations']
type PostgresMigrations = Parameters<typeof postgresAdapter>[0]['prodMigrations']

export const createDatabaseAdapter = (
  target: DatabaseTarget,
  { migrations, migrationsDir, push }: DatabaseAdapterOptions,
): DatabaseAdapterObj => {
  switch (target.kind) {
    case 'sqlite': {
      // libSQL creates the file but not its folder.
      fs.mkdirSync(path.dirname(target.url.slice('file:'.length)), { recursive: true })
      return sqliteAdapter({
        client: { url: target.url },
        migrationDir: path.join(migrationsDir, 'sqlite'),
        prodMigrations: migrations?.sqlite,
        push,
      })
    }
    case 'postgres':
      return postgresAdapter({
        migrationDir: path.join(migrationsDir, 'postgres'),
        pool: { connectionString: target.url, connectionTimeoutMillis: connectTimeoutMs },
        prodMigrations: migrations?.postgres,
        push,
      })
    case 'mongodb':
      return mongooseAdapter({
        connectOptions: { serverSelectionTimeoutMS: connectTimeoutMs },
        url: target.url,
      })
  }
}
