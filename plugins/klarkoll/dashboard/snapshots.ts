import type { CollectionConfig, Payload } from 'payload'

import type { DashboardRow } from './rows'
import { slugsOf } from '../slugs'

export const snapshotsSlug = 'klarkoll-snapshots'

export type Snapshot = {
  avgLix: null | number
  blocked: number
  date: string
  documents: number
  errors: number
  warnings: number
}

/** One row per day: how many findings there were, for the trend on the dashboard. */
export const snapshotsCollection = (): CollectionConfig => ({
  slug: snapshotsSlug,
  access: {
    create: () => false,
    delete: () => false,
    read: ({ req }) => Boolean(req.user),
    update: () => false,
  },
  admin: { group: { en: 'Klarkoll', sv: 'Klarkoll' }, hidden: true, useAsTitle: 'date' },
  fields: [
    { name: 'date', type: 'text', index: true, required: true, unique: true },
    { name: 'documents', type: 'number' },
    { name: 'blocked', type: 'number' },
    { name: 'errors', type: 'number' },
    { name: 'warnings', type: 'number' },
    { name: 'avgLix', type: 'number' },
  ],
  labels: {
    plural: { en: 'Daily snapshots', sv: 'Dagliga mätpunkter' },
    singular: { en: 'Daily snapshot', sv: 'Daglig mätpunkt' },
  },
})

type Tallied = Pick<DashboardRow, 'counts' | 'lix' | 'status'>

/** Documents, blocked ones, errors, warnings and the mean LIX of some checked documents. */
export const tally = (rows: Tallied[]): Omit<Snapshot, 'date'> => {
  const lixes = rows.map((r) => r.lix).filter((l): l is number => l !== null)
  return {
    avgLix: lixes.length
      ? Math.round((lixes.reduce((a, b) => a + b, 0) / lixes.length) * 10) / 10
      : null,
    blocked: rows.filter((r) => r.status === 'blocked').length,
    documents: rows.length,
    errors: rows.reduce((sum, r) => sum + r.counts.error, 0),
    warnings: rows.reduce((sum, r) => sum + r.counts.warning, 0),
  }
}

export const summarise = (rows: Tallied[], date: string): Snapshot => ({ ...tally(rows), date })

/** Stores today's figures (replacing an earlier snapshot of the same day). */
export const recordSnapshot = async (payload: Payload, snapshot: Snapshot): Promise<void> => {
  const existing = await payload.find({
    collection: slugsOf(payload).snapshots as never,
    limit: 1,
    pagination: false,
    where: { date: { equals: snapshot.date } },
  })
  const id = (existing.docs[0] as { id?: number | string } | undefined)?.id
  if (id !== undefined) {
    await payload.update({
      collection: slugsOf(payload).snapshots as never,
      data: snapshot as never,
      id,
    })
  } else {
    await payload.create({
      collection: slugsOf(payload).snapshots as never,
      data: snapshot as never,
    })
  }
}

export const recentSnapshots = async (payload: Payload, days = 90): Promise<Snapshot[]> => {
  const result = await payload.find({
    collection: slugsOf(payload).snapshots as never,
    limit: days,
    pagination: false,
    sort: '-date',
  })
  return (result.docs as unknown as Snapshot[]).reverse()
}
