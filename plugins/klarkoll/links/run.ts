import type { CollectionSlug, Payload, Where } from 'payload'

import type { KlarkollSettings } from '../types'
import type { LinkSource } from './store'

import { hasDrafts, titleFieldOf } from '../check/collectionParts'
import { collectLinks } from './collect'
import { checkUrls } from './scheduler'
import { recordResult, storedLinks } from './store'
import type { LinkResult } from './types'
import { slugsOf } from '../slugs'

export type LinkRunSummary = {
  broken: number
  checked: number
  ok: number
  refused: number
  removed: number
  unsure: number
}

/**
 * Checks the links of published documents — all of them (the nightly run) or one document's
 * (after it was saved) — and records each result with its history. A full run also forgets URLs
 * that no published document uses any more.
 */
export const runLinkChecks = async (
  payload: Payload,
  settings: KlarkollSettings,
  only: { collection?: string; id?: number | string } = {},
): Promise<LinkRunSummary> => {
  const sources = new Map<string, LinkSource[]>()
  for (const slug of Object.keys(settings.collections)) {
    if (only.collection && only.collection !== slug) continue
    const config = payload.collections[slug as CollectionSlug]?.config
    if (!config) continue
    const where: Where[] = []
    if (hasDrafts(config)) where.push({ _status: { equals: 'published' } })
    if (only.id !== undefined) where.push({ id: { equals: only.id } })
    const { docs } = await payload.find({
      collection: slug as CollectionSlug,
      depth: 0,
      overrideAccess: true,
      pagination: false,
      where: { and: where },
    })
    const titleField = titleFieldOf(config)
    for (const doc of docs as unknown as Record<string, unknown>[]) {
      const title = titleField ? doc[titleField] : undefined
      for (const { field, url } of collectLinks(doc, settings.links.urlFields[slug])) {
        const source = {
          collection: slug,
          field,
          id: String(doc.id),
          ...(typeof title === 'string' ? { title } : {}),
        }
        sources.set(url, [...(sources.get(url) ?? []), source])
      }
    }
  }
  const urls = [...sources.keys()]
  const results: LinkResult[] = await checkUrls(urls, settings.links.check)
  const stored = await storedLinks(payload, urls)
  const full = !only.collection && only.id === undefined
  for (const result of results) {
    const existing = stored.get(result.url)
    // After a one-document run, other documents may use the URL too: keep their sources.
    const merged = full
      ? sources.get(result.url)
      : [
          ...(existing?.sources ?? []).filter(
            (s) => !(s.collection === only.collection && s.id === String(only.id)),
          ),
          ...(sources.get(result.url) ?? []),
        ]
    await recordResult(payload, result, merged, existing)
  }
  let removed = 0
  if (full) {
    const unused = await payload.delete({
      collection: slugsOf(payload).links as CollectionSlug,
      overrideAccess: true,
      where: urls.length > 0 ? { url: { not_in: urls } } : { id: { exists: true } },
    })
    removed = unused.docs.length
  }
  const count = (outcome: LinkResult['outcome']) =>
    results.filter((r) => r.outcome === outcome).length
  return {
    broken: count('broken'),
    checked: results.length,
    ok: count('ok'),
    refused: count('refused'),
    removed,
    unsure: count('unsure'),
  }
}
