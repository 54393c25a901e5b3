import type { CollectionSlug, PayloadRequest } from 'payload'

import type { KlarkollSettings } from '../types'
import type { VersionLanguage } from './languages'

import { titleFieldOf } from '../check/collectionParts'
import { versionLanguage } from './languages'
import { idOf, versionDataOf } from './track'

/** Where a version stands against its original. */
export type VersionState = {
  language: VersionLanguage
  original: null | { changedAt: null | string; id: number | string; title: string }
  /** When the version was last brought in line: its own text changed, or it was reviewed. */
  syncedAt: null | string
  /** The original's text changed after that. */
  behind: boolean
}

const later = (a: null | string | undefined, b: null | string | undefined) =>
  !a ? (b ?? null) : !b ? a : a > b ? a : b

/** The published originals' change dates, read once for many versions (the scan). */
export type OriginalCache = Map<string, VersionState['original']>

/**
 * The version state of a document of a collection with versions, or null for originals and other
 * collections. Reads the published original (one query, or the scan's cache).
 */
export const versionState = async ({
  collection,
  doc,
  lastReviewedAt,
  originals,
  req,
  settings,
}: {
  collection: string
  doc: Record<string, unknown>
  lastReviewedAt?: null | string
  originals?: OriginalCache
  req: PayloadRequest
  settings: KlarkollSettings
}): Promise<null | VersionState> => {
  if (!settings.versions?.collections.includes(collection)) return null
  const data = versionDataOf(doc)
  const language = versionLanguage(data.language)
  const originalId = idOf(data.original)
  if (!language || originalId === null) return null
  const key = `${collection}:${originalId}`
  let original = originals?.get(key)
  if (original === undefined) {
    const config = req.payload.collections[collection as CollectionSlug]?.config
    const found = (await req.payload.findByID({
      collection: collection as CollectionSlug,
      depth: 0,
      disableErrors: true,
      id: originalId,
      overrideAccess: true,
      req,
    })) as null | Record<string, unknown>
    const titleField = config ? titleFieldOf(config) : undefined
    const title = titleField ? found?.[titleField] : undefined
    original = found
      ? {
          changedAt: versionDataOf(found).textChangedAt ?? null,
          id: originalId,
          title: typeof title === 'string' && title ? title : String(originalId),
        }
      : null
    originals?.set(key, original)
  }
  // A version written after the original's last change (a new draft) is in line from its start.
  // (Not saved yet: it is being written now.)
  const created = typeof doc.createdAt === 'string' ? doc.createdAt : new Date().toISOString()
  const syncedAt = later(later(data.syncedAt, lastReviewedAt), created)
  return {
    behind: Boolean(original?.changedAt && (!syncedAt || original.changedAt > syncedAt)),
    language,
    original,
    syncedAt,
  }
}
