import type { KlarkollSettings } from './types'

/** The collections and global klarkoll adds, by name, with the slugs they have unless renamed. */
export const defaultSlugs = {
  auditRuns: 'klarkoll-audit-runs',
  claims: 'klarkoll-claims',
  digests: 'klarkoll-digests',
  issues: 'accessibility-issues',
  links: 'klarkoll-links',
  overrides: 'klarkoll-overrides',
  reviews: 'klarkoll-reviews',
  snapshots: 'klarkoll-snapshots',
  statement: 'accessibility-statement',
} as const

export type KlarkollSlugs = Record<keyof typeof defaultSlugs, string>

/** The slugs in use in this Payload instance (a site may rename them with `overrides`). */
export const slugsOf = (payload: { config: { custom?: Record<string, unknown> } }): KlarkollSlugs =>
  (payload.config.custom?.klarkoll as KlarkollSettings | undefined)?.slugs ?? defaultSlugs
