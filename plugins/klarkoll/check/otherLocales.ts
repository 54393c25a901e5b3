import type { CollectionConfig, CollectionSlug, Field, PayloadRequest, TypedLocale } from 'payload'

import type { KlarkollSettings } from '../types'
import type { Acceptance, ReportFinding } from './report'

import { checkDocument } from './checkDocument'
import { blockingFindings } from './report'

const filled = (value: unknown): boolean =>
  typeof value === 'string'
    ? value.trim() !== ''
    : Array.isArray(value)
      ? value.length > 0
      : value !== null && value !== undefined && typeof value === 'object'

/** Whether a document holds any text of its own in this locale (no fallback). */
const hasLocalizedContent = (fields: Field[], doc: Record<string, unknown>): boolean =>
  fields.some((field) => {
    if ('name' in field && 'localized' in field && field.localized) return filled(doc[field.name])
    if (field.type === 'tabs') {
      return field.tabs.some((tab) =>
        'name' in tab && tab.name
          ? tab.localized
            ? filled(doc[tab.name])
            : hasLocalizedContent(tab.fields, (doc[tab.name] ?? {}) as Record<string, unknown>)
          : hasLocalizedContent(tab.fields, doc),
      )
    }
    if (field.type === 'group' && 'name' in field) {
      return hasLocalizedContent(field.fields, (doc[field.name] ?? {}) as Record<string, unknown>)
    }
    if (field.type === 'row' || field.type === 'collapsible' || field.type === 'group') {
      return hasLocalizedContent(field.fields, doc)
    }
    return false
  })

/**
 * Publishing makes every locale's latest draft public, not only the one in the request: a
 * Swedish draft with LIX 95 went out unchecked when it was published with `?locale=en`. So the
 * other locales that have text of their own are checked too, each in its own language, and their
 * errors block like the request's own (labelled with the language).
 */
export const otherLocaleBlocking = async ({
  accepted,
  collection,
  id,
  req,
  settings,
}: {
  accepted: Acceptance[]
  collection: CollectionConfig
  id: number | string | undefined
  req: PayloadRequest
  settings: KlarkollSettings
}): Promise<Array<ReportFinding & { locale: string }>> => {
  const localization = req.payload.config.localization
  if (!localization || id === undefined) return []
  const found: Array<ReportFinding & { locale: string }> = []
  const own = { fallbackLocale: req.fallbackLocale, locale: req.locale }
  for (const locale of localization.localeCodes) {
    if (locale === own.locale) continue
    // The Local API sets the locale on the request it is given; the save goes on in its own.
    const doc = (await req.payload
      .findByID({
        collection: collection.slug as CollectionSlug,
        depth: 0,
        disableErrors: true,
        draft: true,
        fallbackLocale: false,
        id,
        locale: locale as TypedLocale,
        overrideAccess: true,
        req,
      })
      .finally(() => Object.assign(req, own))) as null | Record<string, unknown>
    if (!doc || !hasLocalizedContent(collection.fields, doc)) continue
    const report = await checkDocument({ accepted, collection, data: doc, locale, req, settings })
    found.push(...blockingFindings(report).map((finding) => ({ ...finding, locale })))
  }
  return found
}
