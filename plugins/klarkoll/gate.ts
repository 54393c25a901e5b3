import type {
  CollectionAfterChangeHook,
  CollectionBeforeChangeHook,
  CollectionConfig,
  PayloadRequest,
} from 'payload'

import { getTranslation } from '@payloadcms/translations'
import { ValidationError } from 'payload'

import type { KlarkollSettings } from './types'

import { fieldLabelChain } from './check/fieldLabels'
import { type RefusedPublish, refusedKey } from './keepRefusedDraft'
import { checkDocument } from './check/checkDocument'
import { hasDrafts, titleFieldOf } from './check/collectionParts'
import { otherLocaleBlocking } from './check/otherLocales'
import {
  type Acceptance,
  acceptancesIn,
  blockingFindings,
  type ReportFinding,
} from './check/report'
import { slugsOf } from './slugs'

/** Minimum length of a reason, so "ok" is not an explanation. */
export const minReasonLength = 10

type KlarkollData = { accepted?: unknown; overrideReason?: unknown }

/** Accepted warnings as the editor sent them, keeping only well-formed entries with a reason. */
const cleanAccepted = (value: unknown, previous: Acceptance[], by?: string): Acceptance[] => {
  if (!Array.isArray(value)) return previous
  const before = new Map(previous.map((a) => [a.key, a]))
  return value.flatMap((entry): Acceptance[] => {
    const e = entry as Partial<Acceptance> | null
    if (!e || typeof e.key !== 'string' || typeof e.reason !== 'string') return []
    if (e.reason.trim().length < minReasonLength) return []
    const known = before.get(e.key)
    // Who and when come from the server, not from the request.
    return [
      known && known.reason === e.reason.trim()
        ? known
        : {
            at: new Date().toISOString(),
            ...(by ? { by } : {}),
            key: e.key,
            reason: e.reason.trim(),
            ruleId: typeof e.ruleId === 'string' ? e.ruleId : e.key.split('|')[0]!,
          },
    ]
  })
}

const explain = (finding: ReportFinding) =>
  finding.suggestion ? `${finding.message} Förslag: ${finding.suggestion}` : finding.message

/** "Engelska: …" before a finding from another locale than the one being saved. */
const inLocale = (req: PayloadRequest, finding: ReportFinding & { locale?: string }) => {
  if (!finding.locale) return explain(finding)
  const locales = req.payload.config.localization ? req.payload.config.localization.locales : []
  const label = locales.find((l) => l.code === finding.locale)?.label
  return `${label ? getTranslation(label, req.i18n) : finding.locale}: ${explain(finding)}`
}

/**
 * The publish gate. Runs when a document is published (and on every save of collections without
 * drafts), never on draft saves or autosave. Errors stop the publish with a ValidationError on the
 * fields concerned, unless a user allowed to override gives a reason; that is written to the
 * audit log. The report, warnings included, is stored with the document.
 */
export const publishGate =
  (collection: CollectionConfig, settings: KlarkollSettings): CollectionBeforeChangeHook =>
  async ({ context, data, operation, originalDoc, req }) => {
    if (!settings.enabled || context?.seed || context?.klarkoll === 'skip') return data
    if (hasDrafts(collection) && data._status !== 'published') return data

    const merged = { ...(originalDoc ?? {}), ...data } as Record<string, unknown>
    const incoming = (data.klarkoll ?? {}) as KlarkollData
    const stored = ((originalDoc?.klarkoll ?? {}) as { accepted?: unknown }).accepted
    const previous = acceptancesIn(stored)
    const userEmail = (req.user as { email?: string } | null)?.email
    const accepted = cleanAccepted(incoming.accepted ?? previous, previous, userEmail)

    const report = await checkDocument({ accepted, collection, data: merged, req, settings })
    const blocking: Array<ReportFinding & { locale?: string }> = [
      ...blockingFindings(report),
      ...(operation === 'update'
        ? await otherLocaleBlocking({ accepted, collection, id: originalDoc?.id, req, settings })
        : []),
    ]

    if (blocking.length > 0) {
      const reason =
        typeof incoming.overrideReason === 'string' ? incoming.overrideReason.trim() : ''
      const mayOverride = Boolean(req.user) && settings.canOverride(req.user)
      if (!reason || !mayOverride || reason.length < minReasonLength) {
        const errors = blocking.map((finding) => ({
          label:
            fieldLabelChain(collection.fields, finding.field, merged, req.i18n?.language) ??
            finding.field,
          message: inLocale(req, finding),
          path: finding.field,
        }))
        if (reason && !mayOverride) {
          errors.push({
            label: 'Klarkoll',
            message:
              'Du får inte publicera trots fel. Be en kommunikatör eller administratör, eller rätta texten.',
            path: 'klarkoll.overrideReason',
          })
        } else if (reason) {
          errors.push({
            label: 'Klarkoll',
            message: `Skriv ett skäl på minst ${minReasonLength} tecken för att publicera trots fel.`,
            path: 'klarkoll.overrideReason',
          })
        }
        if (hasDrafts(collection) && operation === 'update' && originalDoc?.id !== undefined) {
          // Saved as a draft once the refused request is rolled back (keepRefusedDraft).
          const refused: RefusedPublish = {
            collection: collection.slug,
            data: { ...data },
            id: originalDoc.id as number | string,
          }
          req.context[refusedKey] = refused
        }
        throw new ValidationError(
          { collection: collection.slug, errors: errors as never, id: originalDoc?.id, req },
          req.t,
        )
      }
      const titleField = titleFieldOf(collection)
      const title = titleField ? merged[titleField] : undefined
      const entry = (await req.payload.create({
        collection: slugsOf(req.payload).overrides as never,
        data: {
          collectionSlug: collection.slug,
          documentId: String(originalDoc?.id ?? 'ny'),
          documentTitle: typeof title === 'string' ? title : String(originalDoc?.id ?? ''),
          findings: blocking.map(({ excerpt, field, message, ruleId }) => ({
            excerpt,
            field,
            message,
            ruleId,
          })),
          reason,
          ruleIds: [...new Set(blocking.map((f) => f.ruleId))],
          user: req.user?.id,
          userEmail,
        } as never,
        req,
      })) as { id: number | string }
      // A new document has no id yet: the afterChange hook fills it in. (The nested create gave
      // req a new context object, so this goes on req.context, not the hook's `context`.)
      if (operation === 'create') req.context.klarkollAuditId = entry.id
      report.status = 'overridden'
    }

    data.klarkoll = {
      accepted,
      checkedAt: report.checkedAt,
      lix: report.metrics.lix,
      report,
      status: report.status,
    }
    return data
  }

/** Gives the audit entry of a created document its id, now that it has one. */
export const linkAuditEntry: CollectionAfterChangeHook = async ({ doc, req }) => {
  const auditId = req.context?.klarkollAuditId
  if (auditId === undefined) return doc
  delete req.context.klarkollAuditId
  await req.payload.update({
    collection: slugsOf(req.payload).overrides as never,
    data: { documentId: String(doc.id) } as never,
    id: auditId as number | string,
    req,
  })
  return doc
}
