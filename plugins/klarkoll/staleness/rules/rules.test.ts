import { test } from '@jest/globals'

import { testStalenessRule } from '../ruleTester'
import { expired } from './expired'
import { ownerMissing } from './ownerMissing'
import { reviewDue } from './reviewDue'
import { reviewOverdue } from './reviewOverdue'
import { versionBehind } from './versionBehind'
import { versionLanguage } from '../../versions/languages'

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

const lattlast = versionLanguage('lattlast')!
const original = { changedAt: '2026-11-20T09:30:00.000Z', id: 4, title: 'Om kommunen' }

test('stale/version-behind (rule tester)', () =>
  testStalenessRule(versionBehind, {
    valid: [
      // An original, or a version in line with its original.
      { doc: owned, today },
      {
        doc: owned,
        today,
        version: { behind: false, language: lattlast, original, syncedAt: '2026-11-21T08:00:00Z' },
      },
      // The original is not published: nothing to keep up with.
      {
        doc: owned,
        today,
        version: { behind: false, language: lattlast, original: null, syncedAt: null },
      },
    ],
    invalid: [
      {
        doc: owned,
        findings: [
          {
            message:
              'Lättläst-versionen granskades före senaste ändringen av originalet ”Om kommunen” (2026-11-20).',
            path: 'languageVersion.original',
            severity: 'warning',
          },
        ],
        today,
        version: { behind: true, language: lattlast, original, syncedAt: '2026-10-01T08:00:00Z' },
      },
    ],
  }))
