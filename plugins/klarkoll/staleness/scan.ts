import type { CollectionSlug, Payload, PayloadRequest } from 'payload'

import type { KlarkollSettings } from '../types'

import { hasDrafts, titleFieldOf } from '../check/collectionParts'
import { reviewsOf, saveReview } from './records'
import { reviewState } from './state'
import { slugsOf } from '../slugs'

export type StaleKind = 'broken-link' | 'due-soon' | 'expired' | 'holiday' | 'no-owner' | 'overdue'

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

/**
 * Looks at every published document under review: overdue and due-soon reviews, expiry (and
 * its action), missing owners, the host's holiday questions, and broken links. With `apply`, it
 * also stores each due date (for the index) and carries out "avpublicera"; the dashboard scans
 * without applying.
 */
export const scanStaleness = async (
  payload: Payload,
  settings: KlarkollSettings,
  {
    apply,
    dueSoonDays = 14,
    req,
    today,
  }: { apply: boolean; dueSoonDays?: number; req?: PayloadRequest; today: string },
): Promise<ScanResult> => {
  const items: StaleItem[] = []
  const owners = new Map<string, null | string>()
  const titles = new Map<string, string>()
  let recordsUpdated = 0
  let unpublished = 0
  for (const [slug, months] of Object.entries(settings.staleness.collections)) {
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
      const ownerId = idOf(doc.contentOwner)
      owners.set(`${slug}:${id}`, ownerId)
      titles.set(`${slug}:${id}`, title)
      const base = { collection: slug, id, ownerId, title }
      const record = records.get(id) ?? null
      const state = reviewState({ doc, months, record, today })
      if (!ownerId) {
        items.push({
          ...base,
          detail: 'Saknar innehållsansvarig.',
          key: `no-owner:${slug}:${id}`,
          kind: 'no-owner',
        })
      }
      if (state.overdue) {
        items.push({
          ...base,
          daysOverdue: -state.daysLeft,
          detail: `Skulle ha granskats ${state.nextReviewAt} (${-state.daysLeft} dagar sedan).`,
          key: `overdue:${slug}:${id}:${state.nextReviewAt}`,
          kind: 'overdue',
        })
      } else if (state.daysLeft <= dueSoonDays) {
        items.push({
          ...base,
          detail: `Ska granskas senast ${state.nextReviewAt} (om ${state.daysLeft} dagar).`,
          key: `due-soon:${slug}:${id}:${state.nextReviewAt}`,
          kind: 'due-soon',
        })
      }
      if (state.expired) {
        const done = state.expiryAction === 'avpublicera' && apply
        items.push({
          ...base,
          detail:
            state.expiryAction === 'avpublicera'
              ? `Slutdatumet ${state.expiresAt} har passerat – ${done ? 'avpublicerades nu' : 'avpubliceras'}.`
              : state.expiryAction === 'inaktuell'
                ? `Slutdatumet ${state.expiresAt} har passerat – visas som inaktuellt.`
                : `Slutdatumet ${state.expiresAt} har passerat.`,
          key: `expired:${slug}:${id}:${state.expiresAt}`,
          kind: 'expired',
        })
        if (done) {
          await payload.update({
            collection: slug as CollectionSlug,
            context: { klarkoll: 'skip' },
            data: { _status: 'draft' } as never,
            id,
            overrideAccess: true,
            ...(req ? { req } : {}),
          })
          unpublished++
        }
      }
      const hostCheck = settings.staleness.checks[slug]
      if (hostCheck && req) {
        for (const found of await hostCheck(doc, { req, today })) {
          if (found.ruleId !== 'stale/holiday-decision') continue
          items.push({
            ...base,
            detail: found.message,
            key: `holiday:${slug}:${id}:${found.message}`,
            kind: 'holiday',
          })
        }
      }
      const due = `${state.nextReviewAt}T12:00:00.000Z`
      if (apply && record?.nextReviewAt !== due) {
        await saveReview(payload, slug, id, record, { nextReviewAt: due }, req)
        recordsUpdated++
      }
    }
  }
  const { docs: broken } = await payload.find({
    collection: slugsOf(payload).links as CollectionSlug,
    depth: 0,
    overrideAccess: true,
    pagination: false,
    where: { outcome: { equals: 'broken' } },
  })
  for (const link of broken as unknown as Array<{
    reason?: string
    sources?: Array<{ collection: string; id: string }>
    url: string
  }>) {
    for (const source of link.sources ?? []) {
      const key = `${source.collection}:${source.id}`
      if (!owners.has(key)) continue
      items.push({
        collection: source.collection,
        detail: `Länken ${link.url} fungerar inte: ${link.reason ?? ''}`.trim(),
        id: source.id,
        key: `broken-link:${key}:${link.url}`,
        kind: 'broken-link',
        ownerId: owners.get(key) ?? null,
        title: titles.get(key) ?? key,
      })
    }
  }
  return { items, recordsUpdated, unpublished }
}
