import { defineStalenessRule, inDays } from '../rule'

export const reviewOverdue = defineStalenessRule({
  area: 'staleness',
  check: ({ review }) => {
    if (!review?.overdue) return []
    return [
      {
        message: `Granskningen är försenad: innehållet skulle ha granskats ${review.nextReviewAt} (${inDays(review.daysLeft)}). Kontrollera att allt stämmer och klicka på "Markera som granskad".`,
        path: 'review.nextReviewAt',
      },
    ]
  },
  // Months between reviews per collection, for presets: `{ months: { pages: 6 } }`. The
  // project's own `staleness.collections` wins over it.
  defaultOptions: { months: {} as Record<string, number> },
  defaultSeverity: 'warning',
  id: 'stale/review-overdue',
  meta: {
    help: 'Innehåll ska granskas regelbundet (DIGG webbriktlinjer R26).',
    title: 'Granskningen är försenad',
    titleEn: 'Review overdue',
  },
})
