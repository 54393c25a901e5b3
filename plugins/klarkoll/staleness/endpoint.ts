import type { CollectionSlug, Endpoint, PayloadRequest } from 'payload'

import { docAccessOperation } from 'payload'

import type { KlarkollSettings } from '../types'

import { notReadable, readableDraft } from '../check/readableDraft'
import { swedishDay } from './dates'
import { findReview } from './records'
import { recordReview } from './recordReview'
import { reviewerNames } from './reviewerNames'
import { reviewState } from './state'

const fail = (status: number, message: string) =>
  Response.json({ errors: [{ message }] }, { status })

/** Whether the user may update the document: Payload's own document access, as the admin asks it. */
const mayUpdate = async (req: PayloadRequest, collection: string, id: string) => {
  const entity = req.payload.collections[collection as CollectionSlug]
  if (!entity || !req.user) return false
  const permissions = await docAccessOperation({ collection: entity, id, req })
  return Boolean(permissions.update)
}

/** A log entry's user: an id, or the user itself when the relationship was populated. */
const idOf = (by: unknown) => (by as { id?: unknown } | null)?.id ?? by

type Target = { collection: string; doc: Record<string, unknown>; id: string; months: number }

const target = async (
  req: PayloadRequest,
  settings: KlarkollSettings,
  input: unknown,
): Promise<Response | Target> => {
  const { collection, id } = (input ?? {}) as { collection?: unknown; id?: unknown }
  if (typeof collection !== 'string' || !(collection in settings.staleness.collections)) {
    return fail(400, 'Fältet "collection" ska vara en samling som granskas.')
  }
  if (typeof id !== 'string' && typeof id !== 'number') {
    return fail(400, 'Fältet "id" saknas: ange vilket dokument som avses.')
  }
  const doc = await readableDraft(req, collection, id)
  if (!doc) return fail(404, notReadable)
  return { collection, doc, id: String(id), months: settings.staleness.collections[collection]! }
}

/**
 * GET /api/klarkoll/review?collection=pages&id=1 — when the document is due and its review log.
 * POST /api/klarkoll/review { collection, id, note? } — "Markera som granskad": the only way the
 * last review date is set. Allowed to whoever may update the document.
 */
export const reviewEndpoints = (settings: KlarkollSettings): Endpoint[] => {
  const respond = async (req: PayloadRequest, found: Target) => {
    const record = await findReview(req.payload, found.collection, found.id, req)
    const state = reviewState({
      doc: found.doc,
      months: found.months,
      record,
      today: swedishDay(new Date()),
    })
    const log = record?.log ?? []
    const names = await reviewerNames(
      req,
      log.map((entry) => idOf(entry.by)).filter((id): id is number | string => id != null),
    )
    const showEmails = settings.canSeeEmails(req.user)
    return Response.json({
      ...state,
      log: log
        .map(({ at, by, byEmail, note }) => ({
          at,
          byName: names.get(String(idOf(by))) ?? null,
          ...(showEmails && byEmail ? { byEmail } : {}),
          note,
        }))
        .reverse(),
    })
  }
  return [
    {
      handler: async (req) => {
        if (!req.user) return fail(401, 'Logga in först.')
        const found = await target(req, settings, req.query)
        if (found instanceof Response) return found
        return respond(req, found)
      },
      method: 'get',
      path: '/klarkoll/review',
    },
    {
      handler: async (req) => {
        if (!req.user) return fail(401, 'Logga in först.')
        let body: unknown
        try {
          body = await req.json?.()
        } catch {
          return fail(400, 'Skicka { collection, id, note } som JSON.')
        }
        const found = await target(req, settings, body)
        if (found instanceof Response) return found
        if (!(await mayUpdate(req, found.collection, found.id))) {
          return fail(403, 'Du får inte ändra det här dokumentet och kan därför inte granska det.')
        }
        const note = (body as { note?: unknown }).note
        if (note !== undefined && (typeof note !== 'string' || note.length > 1000)) {
          return fail(400, 'Fältet "note" ska vara en text på högst 1 000 tecken.')
        }
        await recordReview(req, {
          collection: found.collection,
          doc: found.doc,
          id: found.id,
          months: found.months,
          ...(typeof note === 'string' ? { note } : {}),
        })
        return respond(req, found)
      },
      method: 'post',
      path: '/klarkoll/review',
    },
  ]
}
