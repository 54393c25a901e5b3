import type { CollectionBeforeChangeHook, CollectionConfig } from 'payload'

import { createHash } from 'node:crypto'

import type { KlarkollSettings } from '../types'

import { checkedFields, hasDrafts, ingressFieldOf, titleFieldOf } from '../check/collectionParts'
import { documentInput } from '../check/documentInput'
import { versionCodeOf } from './profile'

export type VersionData = {
  decisions?: unknown
  language?: string
  original?: unknown
  syncedAt?: null | string
  textChangedAt?: null | string
  textHash?: null | string
  topic?: null | string
}

export const versionDataOf = (doc: null | Record<string, unknown> | undefined): VersionData =>
  (doc?.languageVersion && typeof doc.languageVersion === 'object'
    ? doc.languageVersion
    : {}) as VersionData

/** The id of a relationship value, populated or not. */
export const idOf = (value: unknown): null | number | string => {
  if (value === null || value === undefined || value === '') return null
  if (typeof value === 'object') return idOf((value as { id?: unknown }).id)
  return typeof value === 'number' || typeof value === 'string' ? value : null
}

/** A fingerprint of the words a reader sees: formatting alone does not change it. */
export const textFingerprint = (
  collection: CollectionConfig,
  data: Record<string, unknown>,
  settings: KlarkollSettings,
): string => {
  const options = settings.collections[collection.slug]
  const fields = checkedFields(collection, options?.fields)
  const input = documentInput(data, fields, {
    ingressField: ingressFieldOf(fields, options?.ingressField),
    titleField: titleFieldOf(collection),
  })
  const words = input.blocks.map((block) => block.text.replace(/\s+/g, ' ').trim()).join('\n')
  return createHash('sha256').update(words).digest('hex').slice(0, 24)
}

/**
 * Dates the published text's changes: a publish whose words differ from the last published
 * ones sets `textChangedAt` (and, for a version, `syncedAt`: its own text was just worked on).
 * Drafts and autosave keep the dates, and a client cannot set them. Only the default locale's
 * text counts: the versions are versions of the Swedish original.
 */
export const trackVersionText =
  (collection: CollectionConfig, settings: KlarkollSettings): CollectionBeforeChangeHook =>
  ({ data, originalDoc, req }) => {
    const localization = req.payload.config.localization
    if (localization && req.locale && req.locale !== localization.defaultLocale) return data
    const before = versionDataOf(originalDoc)
    const given = versionDataOf(data)
    const group: VersionData = {
      language: before.language,
      original: idOf(before.original),
      topic: before.topic ?? null,
      ...given,
      syncedAt: before.syncedAt ?? null,
      textChangedAt: before.textChangedAt ?? null,
      textHash: before.textHash ?? null,
    }
    const publishing = !hasDrafts(collection) || data._status === 'published'
    if (publishing) {
      const merged = { ...originalDoc, ...data, languageVersion: group }
      const hash = textFingerprint(collection, merged, settings)
      if (hash !== before.textHash) {
        const now = new Date().toISOString()
        group.textHash = hash
        group.textChangedAt = now
        if (versionCodeOf(merged) !== 'sv') group.syncedAt = now
      }
    }
    // An original has no original; a version has no topic of its own (its original's counts).
    if (versionCodeOf({ languageVersion: group }) === 'sv') group.original = null
    else group.topic = null
    data.languageVersion = group
    return data
  }
