import { defineStalenessRule, inDays } from '../rule'

/** How long until the next review, shown while it is not overdue. */
export const reviewDue = defineStalenessRule({
  area: 'staleness',
  check: ({ review }, { soonDays }) => {
    if (!review || review.overdue || review.daysLeft > soonDays) return []
    return [
      {
        message: `Nästa granskning ${review.nextReviewAt} (${inDays(review.daysLeft)}).`,
        path: 'review.nextReviewAt',
      },
    ]
  },
  defaultOptions: { soonDays: 14 },
  optionsSchema: { soonDays: { integer: true, min: 0 } },
  defaultSeverity: 'info',
  id: 'stale/review-due',
  meta: {
    help: 'Påminner när granskningen närmar sig.',
    title: 'Granskning snart',
    titleEn: 'Review due soon',
  },
})
