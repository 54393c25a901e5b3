import type { CollectionConfig } from 'payload'

export const claimsSlug = 'klarkoll-claims'

/**
 * One row per scheduled run that an instance has claimed. The unique key is the lock: when several
 * app instances handle the schedule at the same moment, the database lets exactly one insert win
 * (SQLite, PostgreSQL and MongoDB alike), so a nightly job is queued once, not once per instance.
 */
export const claimsCollection = (): CollectionConfig => ({
  slug: claimsSlug,
  access: { create: () => false, delete: () => false, read: () => false, update: () => false },
  admin: { hidden: true },
  fields: [{ name: 'key', type: 'text', index: true, required: true, unique: true }],
  graphQL: false,
  timestamps: true,
})
