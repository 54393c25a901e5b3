import { expect, test } from '@jest/globals'

import { complianceStatus } from './compliance'
import { wcag21 } from './wcag'

test('no open issues and no 12 § claims: helt förenlig', () => {
  expect(complianceStatus({ burdenExemptions: 0, issues: [] })).toBe('helt')
  expect(
    complianceStatus({
      burdenExemptions: 0,
      issues: [
        { status: 'atgardad', wcag: '1.1.1' },
        { status: 'undantag-9', wcag: '1.2.2' },
      ],
    }),
  ).toBe('helt')
})

test('one issue to fix, or a disproportionate-burden claim: delvis förenlig', () => {
  expect(
    complianceStatus({ burdenExemptions: 0, issues: [{ status: 'planerad', wcag: '1.4.3' }] }),
  ).toBe('delvis')
  expect(complianceStatus({ burdenExemptions: 1, issues: [] })).toBe('delvis')
  expect(
    complianceStatus({ burdenExemptions: 0, issues: [{ status: 'undantag-12', wcag: '1.2.2' }] }),
  ).toBe('delvis')
})

test('open issues against half of the criteria: inte förenlig', () => {
  const half = wcag21
    .slice(0, wcag21.length / 2)
    .map((c) => ({ status: 'planerad' as const, wcag: c.id }))
  expect(complianceStatus({ burdenExemptions: 0, issues: half })).toBe('inte')
  expect(complianceStatus({ burdenExemptions: 0, issues: half.slice(1) })).toBe('delvis')
})

test('the list holds the 50 criteria of WCAG 2.1 A and AA, each once', () => {
  expect(wcag21).toHaveLength(50)
  expect(new Set(wcag21.map((c) => c.id)).size).toBe(50)
  expect(wcag21.filter((c) => c.level === 'A')).toHaveLength(30)
})
