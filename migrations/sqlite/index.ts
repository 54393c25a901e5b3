import type { Migration } from 'payload'

// Replaced by `payload migrate:create`.
export const migrations: Migration[] = []
