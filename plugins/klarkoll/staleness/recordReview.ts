import type { PayloadRequest } from 'payload'

import { swedishDay } from './dates'
import { findReview, saveReview } from './records'
import { reviewState } from './state'

const idOf = (by: unknown) => (by as { id?: unknown } | null)?.id ?? by

/**
 * "Markera som granskad": the review record gets today's review, by the signed-in user, with an
 * optional note in its log, and the next due date counted from it. The review button and the
 * "still valid" decision on a language version both record a review here.
 */
export const recordReview = async (
  req: PayloadRequest,
  {
    collection,
    doc,
    id,
    months,
    note,
  }: {
    collection: string
    doc: Record<string, unknown>
    id: number | string
    months: number
    note?: string
  },
): Promise<void> => {
  const existing = await findReview(req.payload, collection, id, req)
  const at = new Date().toISOString()
  const own = (doc.review as { nextReviewAt?: null | string } | undefined)?.nextReviewAt
  const reviewed = { lastReviewedAt: at, settledNextReviewAt: own ?? null }
  const state = reviewState({ doc, months, record: reviewed, today: swedishDay(at) })
  const email = (req.user as null | { email?: string })?.email
  await saveReview(
    req.payload,
    collection,
    id,
    existing,
    {
      ...reviewed,
      lastReviewedBy: req.user?.id,
      log: [
        ...(existing?.log ?? []).map((entry) => ({ ...entry, by: idOf(entry.by) })),
        {
          at,
          by: req.user?.id,
          ...(email ? { byEmail: email } : {}),
          ...(note?.trim() ? { note: note.trim() } : {}),
        },
      ],
      nextReviewAt: `${state.nextReviewAt}T12:00:00.000Z`,
    },
    req,
  )
}
