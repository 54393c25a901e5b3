import type { PayloadRequest } from 'payload'

import type { Finding } from '../analysis/types'
import type { StoredLink } from '../links/store'
import type { KlarkollSettings } from '../types'
import type { StalenessRule } from './rule'

import { resolveCached } from '../analysis/config'
import { toFinding } from '../analysis/rule'
import { swedishDay } from './dates'
import { linkFindings } from '../links/findings'
import { findReview } from './records'
import { type ReviewRecord, reviewState, type ReviewState } from './state'
import { type OriginalCache, versionState, type VersionState } from '../versions/state'

/** The review state of a document of a collection under review (null for other collections). */
export const documentReviewState = async ({
  collection,
  doc,
  records,
  req,
  settings,
  today,
}: {
  collection: string
  doc: Record<string, unknown>
  /** The collection's review records, read once for many documents (the audit). */
  records?: Map<string, ReviewRecord>
  req: PayloadRequest
  settings: KlarkollSettings
  today: string
}): Promise<{ record: null | ReviewRecord; state: null | ReviewState }> => {
  const months = settings.staleness.collections[collection]
  if (months === undefined) return { record: null, state: null }
  const id = doc.id as number | string | undefined
  const record =
    id === undefined
      ? null
      : records
        ? (records.get(String(id)) ?? null)
        : await findReview(req.payload, collection, id, req)
  return { record, state: reviewState({ doc, months, record, today }) }
}

export type StalenessArgs = {
  collection: string
  doc: Record<string, unknown>
  /** Link results already read for many documents (the scan); otherwise read for this one. */
  links?: Map<string, StoredLink>
  /** Originals already read for many versions (the scan). */
  originals?: OriginalCache
  /** The collection's review records, read once for many documents (the audit, the scan). */
  records?: Map<string, ReviewRecord>
  req: PayloadRequest
  settings: KlarkollSettings
  today?: string
}

/**
 * Whether a document is current: its owner, review date and expiry (the plugin's rules and the
 * site's), what the host knows about its own collections (holiday decisions for opening hours…),
 * and its links. The gate, panel and audit (through runChecks) and the dashboard and digest
 * (through the scan) all ask here, so they say the same. The review state comes along for the
 * scan's own work (due dates, expiry actions).
 */
export const documentStaleness = async ({
  collection,
  doc,
  links,
  originals,
  records,
  req,
  settings,
  today = swedishDay(new Date()),
}: StalenessArgs): Promise<{
  findings: Finding[]
  review: null | ReviewState
  version: null | VersionState
}> => {
  const { record, state: review } = await documentReviewState({
    collection,
    doc,
    records,
    req,
    settings,
    today,
  })
  const version = await versionState({
    collection,
    doc,
    lastReviewedAt: record?.lastReviewedAt,
    originals,
    req,
    settings,
  })
  const findings: Finding[] = []
  for (const { options, rule, severity } of resolveCached<StalenessRule>(
    settings.ruleSets.staleness,
    settings.rules,
    'stale/',
  )) {
    for (const found of rule.check({ collection, doc, review, today, version }, options)) {
      findings.push(
        toFinding(found, { area: 'staleness', messages: rule.messages, ruleId: rule.id, severity }),
      )
    }
  }
  const hostCheck = settings.staleness.checks[collection]
  if (hostCheck) {
    for (const found of await hostCheck(doc, { req, today })) {
      findings.push({ area: 'staleness', ...found })
    }
  }
  findings.push(...(await linkFindings({ collection, doc, req, settings, stored: links })))
  return { findings, review, version }
}
