import type { CollectionSlug, Payload, PayloadRequest } from 'payload'

import type { KlarkollSettings } from '../types'

import { createLocalReq } from 'payload'

import type { StoredLink } from '../links/store'

import { hasDrafts, titleFieldOf } from '../check/collectionParts'
import { slugsOf } from '../slugs'
import { reviewsOf, saveReview } from './records'
import { documentStaleness } from './run'
import type { ReviewState } from './state'
import type { OriginalCache } from '../versions/state'

export type StaleKind =
  'broken-link' | 'due-soon' | 'expired' | 'holiday' | 'no-owner' | 'overdue' | 'version-behind'

/** One thing someone should look at, for the digest and the dashboard. */
export type StaleItem = {
  collection: string
  detail: string
  /** Days past the review date, for overdue items (escalation). */
  daysOverdue?: number
  id: string
  /** Stable across runs: what was already mailed is not news. */
  key: string
  kind: StaleKind
  ownerId: null | string
  title: string
}

export type ScanResult = { items: StaleItem[]; recordsUpdated: number; unpublished: number }

const idOf = (value: unknown): null | string => {
  if (value === null || value === undefined || value === '') return null
  if (typeof value === 'object') return idOf((value as { id?: unknown }).id)
  return String(value)
}

/** Which findings of the staleness check are news for the digest and the dashboard, and as what. */
const kinds: Record<string, StaleKind> = {
  'links/broken': 'broken-link',
  'stale/expired': 'expired',
  'stale/holiday-decision': 'holiday',
  'stale/owner-missing': 'no-owner',
  'stale/review-due': 'due-soon',
  'stale/review-overdue': 'overdue',
  'stale/version-behind': 'version-behind',
}

/** What happens to expired content, said after the rule's message. */
const expiryNote = (review: ReviewState, done: boolean): string =>
  review.expiryAction === 'avpublicera'
    ? done
      ? ' Sidan avpublicerades nu.'
      : ' Sidan avpubliceras.'
    : review.expiryAction === 'inaktuell'
      ? ' Den visas som inaktuell.'
      : ''

/** Every stored link result that is not ok, read once for the whole scan. */
const failingLinks = async (payload: Payload): Promise<Map<string, StoredLink>> => {
  const { docs } = await payload.find({
    collection: slugsOf(payload).links as CollectionSlug,
    depth: 0,
    overrideAccess: true,
    pagination: false,
    where: { outcome: { in: ['broken', 'unsure'] } },
  })
  return new Map((docs as unknown as StoredLink[]).map((link) => [link.url, link]))
}

/**
 * Looks at every published document under review with the same staleness check as the gate
 * (documentStaleness): overdue and due-soon reviews, expiry (and its action), missing owners, the
 * host's holiday questions, and broken links, in the rules' own words. With `apply`, it also
 * stores each due date (for the index) and carries out "avpublicera"; the dashboard scans
 * without applying.
 */
export const scanStaleness = async (
  payload: Payload,
  settings: KlarkollSettings,
  { apply, req: given, today }: { apply: boolean; req?: PayloadRequest; today: string },
): Promise<ScanResult> => {
  const req = given ?? (await createLocalReq({}, payload))
  const items: StaleItem[] = []
  const links = await failingLinks(payload)
  const originals: OriginalCache = new Map()
  let recordsUpdated = 0
  let unpublished = 0
  for (const slug of Object.keys(settings.staleness.collections)) {
    const config = payload.collections[slug as CollectionSlug]?.config
    if (!config) continue
    const { docs } = await payload.find({
      collection: slug as CollectionSlug,
      depth: 0,
      overrideAccess: true,
      pagination: false,
      where: hasDrafts(config) ? { _status: { equals: 'published' } } : {},
    })
    const records = await reviewsOf(payload, slug)
    const titleField = titleFieldOf(config)
    for (const doc of docs as unknown as Record<string, unknown>[]) {
      const id = String(doc.id)
      const rawTitle = titleField ? doc[titleField] : undefined
      const title = typeof rawTitle === 'string' && rawTitle ? rawTitle : `${slug} ${id}`
      const base = { collection: slug, id, ownerId: idOf(doc.contentOwner), title }
      const { findings, review, version } = await documentStaleness({
        collection: slug,
        doc,
        links,
        originals,
        records,
        req,
        settings,
        today,
      })
      const expire = Boolean(review?.expired && review.expiryAction === 'avpublicera' && apply)
      for (const finding of findings) {
        const kind = kinds[finding.ruleId]
        if (!kind || !review) continue
        const item: StaleItem = {
          ...base,
          detail: finding.message,
          key: `${kind}:${slug}:${id}`,
          kind,
        }
        if (kind === 'overdue' || kind === 'due-soon') item.key += `:${review.nextReviewAt}`
        if (kind === 'overdue') item.daysOverdue = -review.daysLeft
        if (kind === 'expired') {
          item.key += `:${review.expiresAt}`
          item.detail += expiryNote(review, expire)
        }
        if (kind === 'version-behind') item.key += `:${version?.original?.changedAt}`
        if (kind === 'holiday' || kind === 'broken-link')
          item.key += `:${finding.excerpt ?? finding.message}`
        items.push(item)
      }
      if (expire) {
        await payload.update({
          collection: slug as CollectionSlug,
          context: { klarkoll: 'skip' },
          data: { _status: 'draft' } as never,
          id,
          overrideAccess: true,
          req,
        })
        unpublished++
      }
      const due = review ? `${review.nextReviewAt}T12:00:00.000Z` : null
      const record = records.get(id) ?? null
      if (apply && due && record?.nextReviewAt !== due) {
        await saveReview(payload, slug, id, record, { nextReviewAt: due }, req)
        recordsUpdated++
      }
    }
  }
  return { items, recordsUpdated, unpublished }
}
