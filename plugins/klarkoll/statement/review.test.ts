import { expect, test } from '@jest/globals'

import { nextReviewDue, reviewOverdue } from './review'

test('the review is due one year after the last one', () => {
  expect(nextReviewDue('2025-11-22T00:00:00.000Z')).toBe('2026-11-22')
  expect(reviewOverdue('2025-11-22T00:00:00.000Z', '2026-11-22')).toBe(false)
  expect(reviewOverdue('2025-11-21T00:00:00.000Z', '2026-11-22')).toBe(true)
})

test('a statement that was never reviewed is overdue', () => {
  expect(nextReviewDue(null)).toBeNull()
  expect(reviewOverdue(undefined, '2026-11-22')).toBe(true)
  expect(reviewOverdue('inte ett datum', '2026-11-22')).toBe(true)
})
