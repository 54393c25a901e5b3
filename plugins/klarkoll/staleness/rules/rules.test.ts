import { test } from '@jest/globals'

import { testStalenessRule } from '../ruleTester'
import { expired } from './expired'
import { ownerMissing } from './ownerMissing'
import { reviewDue } from './reviewDue'
import { reviewOverdue } from './reviewOverdue'

const today = '2026-12-01'
const owned = { contentOwner: 7, createdAt: '2026-06-01T08:00:00Z' }

test('stale/owner-missing (rule tester)', () =>
  testStalenessRule(ownerMissing, {
    valid: [
      { doc: owned, today },
      { doc: {}, months: null, today },
    ],
    invalid: [
      {
        doc: { contentOwner: null },
        findings: [{ path: 'contentOwner', severity: 'warning' }],
        today,
      },
    ],
  }))

test('stale/review-overdue (rule tester)', () =>
  testStalenessRule(reviewOverdue, {
    valid: [{ doc: owned, today }],
    invalid: [
      {
        doc: owned,
        findings: [
          { message: /^Granskningen är försenad: innehållet skulle ha granskats 2026-09-01/ },
        ],
        months: 3,
        today,
      },
      {
        doc: { ...owned, review: { nextReviewAt: '2026-11-30' } },
        findings: [{ path: 'review.nextReviewAt' }],
        today,
      },
    ],
  }))

test('stale/review-due (rule tester)', () =>
  testStalenessRule(reviewDue, {
    valid: [
      { doc: owned, today },
      { doc: { ...owned, review: { nextReviewAt: '2026-12-20' } }, today },
    ],
    invalid: [
      {
        doc: { ...owned, review: { nextReviewAt: '2026-12-10' } },
        findings: [{ message: /^Nästa granskning 2026-12-10/, severity: 'info' }],
        today,
      },
      {
        doc: { ...owned, review: { nextReviewAt: '2026-12-20' } },
        findings: [{ path: 'review.nextReviewAt' }],
        options: { soonDays: 30 },
        today,
      },
    ],
  }))

test('stale/expired (rule tester)', () =>
  testStalenessRule(expired, {
    valid: [{ doc: { ...owned, review: { expiresAt: '2026-12-02' } }, today }],
    invalid: [
      {
        doc: { ...owned, review: { expiresAt: '2026-12-01' } },
        findings: [{ message: /^Innehållet gick ut 2026-12-01/, severity: 'error' }],
        today,
      },
    ],
  }))
