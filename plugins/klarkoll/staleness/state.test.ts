import { describe, expect, test } from '@jest/globals'

import { reviewState } from './state'

describe('review state', () => {
  const created = { createdAt: '2026-01-31T09:00:00.000Z' }

  test('never reviewed: due the interval after creation, clamped to the month end', () => {
    const state = reviewState({ doc: created, months: 1, today: '2026-02-20' })
    expect(state.nextReviewAt).toBe('2026-02-28')
    expect(state.daysLeft).toBe(8)
    expect(state.overdue).toBe(false)
    expect(state.lastReviewedAt).toBeNull()
  })

  test('a review moves the due date; the day after it is due, it is overdue', () => {
    const record = { lastReviewedAt: '2026-05-19T22:30:00.000Z' } // 20 May in Sweden
    const state = reviewState({ doc: created, months: 6, record, today: '2026-11-21' })
    expect(state.lastReviewedAt).toBe('2026-05-20')
    expect(state.nextReviewAt).toBe('2026-11-20')
    expect(state.daysLeft).toBe(-1)
    expect(state.overdue).toBe(true)
  })

  test("the document's own interval and due date win over the collection's", () => {
    const doc = { ...created, review: { intervalMonths: 3 } }
    expect(reviewState({ doc, months: 12, today: '2026-02-01' }).nextReviewAt).toBe('2026-04-30')
    const own = { ...created, review: { nextReviewAt: '2026-03-15T12:00:00.000Z' } }
    expect(reviewState({ doc: own, months: 12, today: '2026-02-01' }).nextReviewAt).toBe(
      '2026-03-15',
    )
  })

  test('a review settles the own due date; a new own date after it applies again', () => {
    const doc = { ...created, review: { nextReviewAt: '2026-09-15T12:00:00.000Z' } }
    const record = {
      lastReviewedAt: '2026-04-01T08:00:00.000Z',
      settledNextReviewAt: '2026-09-15T12:00:00.000Z',
    }
    expect(reviewState({ doc, months: 6, record, today: '2026-04-02' }).nextReviewAt).toBe(
      '2026-10-01',
    )
    const moved = { ...created, review: { nextReviewAt: '2026-08-01T12:00:00.000Z' } }
    expect(reviewState({ doc: moved, months: 6, record, today: '2026-04-02' }).nextReviewAt).toBe(
      '2026-08-01',
    )
  })

  test('expiry: expired from the expiry day on, with the chosen action', () => {
    const doc = {
      ...created,
      review: { expiresAt: '2026-12-24T12:00:00.000Z', expiryAction: 'inaktuell' as const },
    }
    expect(reviewState({ doc, months: 12, today: '2026-12-23' }).expired).toBe(false)
    const state = reviewState({ doc, months: 12, today: '2026-12-24' })
    expect(state.expired).toBe(true)
    expect(state.expiryAction).toBe('inaktuell')
  })
})
