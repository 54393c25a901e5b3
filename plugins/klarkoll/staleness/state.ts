import { addMonths, dayOf, daysBetween } from './dates'

export type ReviewRecord = {
  id?: number | string
  lastReviewedAt?: null | string
  nextReviewAt?: null | string
  /** The editor's own due date when the document was last reviewed: the review settled it. */
  settledNextReviewAt?: null | string
}

export type ExpiryAction = 'avpublicera' | 'inaktuell' | 'meddela'

/** The review settings an editor keeps on the document (the `review` group). */
export type ReviewFields = {
  expiresAt?: null | string
  expiryAction?: ExpiryAction | null
  intervalMonths?: null | number
  nextReviewAt?: null | string
  ownerUnit?: null | string
}

export type ReviewState = {
  /** Days until the review is due; negative when overdue. */
  daysLeft: number
  expired: boolean
  expiresAt: null | string
  expiryAction: ExpiryAction
  lastReviewedAt: null | string
  months: number
  nextReviewAt: string
  overdue: boolean
}

/**
 * When a document is due for review: the editor's own date until a review settles it (a new
 * own date set after that review applies again), otherwise the interval counted from the last review — or, for a document never reviewed, from
 * when it was created.
 */
export const reviewState = ({
  doc,
  months,
  record,
  today,
}: {
  doc: Record<string, unknown>
  months: number
  record?: null | ReviewRecord
  today: string
}): ReviewState => {
  const fields = (doc.review ?? {}) as ReviewFields
  const interval =
    typeof fields.intervalMonths === 'number' && fields.intervalMonths > 0
      ? fields.intervalMonths
      : months
  const lastReviewedAt = dayOf(record?.lastReviewedAt)
  const start = lastReviewedAt ?? dayOf(doc.createdAt) ?? today
  const own = dayOf(fields.nextReviewAt)
  const settled = dayOf(record?.settledNextReviewAt)
  const nextReviewAt = own && own !== settled ? own : addMonths(start, interval)
  const expiresAt = dayOf(fields.expiresAt)
  const daysLeft = daysBetween(today, nextReviewAt)
  return {
    daysLeft,
    expired: expiresAt !== null && expiresAt <= today,
    expiresAt,
    expiryAction: fields.expiryAction ?? 'meddela',
    lastReviewedAt,
    months: interval,
    nextReviewAt,
    overdue: daysLeft < 0,
  }
}
