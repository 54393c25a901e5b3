/** "2026-11-22" from a stored date-time: the calendar day the editor picked (stored at UTC midnight). */
export const isoDay = (value: null | string | undefined): null | string =>
  value ? new Date(value).toISOString().slice(0, 10) : null

/** The statement must be reviewed at least once a year (DOS-lagen, DIGG's guidance). */
export const nextReviewDue = (reviewedAt: null | string | undefined): null | string => {
  if (!reviewedAt) return null
  const due = new Date(reviewedAt)
  if (Number.isNaN(due.getTime())) return null
  due.setUTCFullYear(due.getUTCFullYear() + 1)
  return due.toISOString().slice(0, 10)
}

/** True when the statement was never reviewed or its yearly review date has passed. */
export const reviewOverdue = (reviewedAt: null | string | undefined, today: string): boolean => {
  const due = nextReviewDue(reviewedAt)
  return due === null || due < today
}
