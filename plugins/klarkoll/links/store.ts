import type { CollectionSlug, Payload } from 'payload'

import type { LinkResult } from './types'

import { historyLength } from './linksCollection'
import { slugsOf } from '../slugs'

export type LinkSource = { collection: string; field: string; id: string; title?: string }

export type StoredLink = {
  checkedAt?: string
  failures?: number
  finalUrl?: null | string
  history?: Array<Pick<LinkResult, 'checkedAt' | 'httpStatus' | 'outcome' | 'reason'>>
  httpStatus?: null | number
  id: number | string
  lastOkAt?: null | string
  outcome?: LinkResult['outcome']
  reason?: string
  sources?: LinkSource[]
  url: string
}

/** The stored results for some URLs, by URL. */
export const storedLinks = async (
  payload: Payload,
  urls: string[],
): Promise<Map<string, StoredLink>> => {
  if (urls.length === 0) return new Map()
  const { docs } = await payload.find({
    collection: slugsOf(payload).links as CollectionSlug,
    depth: 0,
    overrideAccess: true,
    pagination: false,
    where: { url: { in: [...new Set(urls)] } },
  })
  return new Map((docs as unknown as StoredLink[]).map((d) => [d.url, d]))
}

/**
 * Records a result: the latest on the document, the earlier ones in its history, and a count of
 * failures in a row, so a link is "broken since" the first failure and not lost on a re-run.
 */
export const recordResult = async (
  payload: Payload,
  result: LinkResult,
  sources: LinkSource[] | undefined,
  existing: StoredLink | undefined,
): Promise<void> => {
  const entry = {
    checkedAt: result.checkedAt,
    httpStatus: result.httpStatus,
    outcome: result.outcome,
    reason: result.reason,
  }
  const ok = result.outcome === 'ok'
  const data = {
    checkedAt: result.checkedAt,
    failures: ok || result.outcome === 'refused' ? 0 : (existing?.failures ?? 0) + 1,
    finalUrl: result.finalUrl ?? null,
    history: [entry, ...(existing?.history ?? [])].slice(0, historyLength),
    httpStatus: result.httpStatus ?? null,
    lastOkAt: ok ? result.checkedAt : (existing?.lastOkAt ?? null),
    outcome: result.outcome,
    reason: result.reason,
    ...(sources ? { sources } : {}),
  }
  const common = {
    collection: slugsOf(payload).links as CollectionSlug,
    depth: 0,
    overrideAccess: true,
  }
  if (existing) {
    await payload.update({ ...common, data: data as never, id: existing.id })
    return
  }
  try {
    await payload.create({
      ...common,
      data: { ...data, sources: sources ?? [], url: result.url } as never,
    })
  } catch (error) {
    // Another run stored the URL meanwhile (the URL is unique): add to that one instead.
    const [stored] = (await storedLinks(payload, [result.url])).values()
    if (!stored) throw error
    await recordResult(payload, result, sources, stored)
  }
}
