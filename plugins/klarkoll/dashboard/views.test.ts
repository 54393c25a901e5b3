import { expect, test } from '@jest/globals'

import type { DashboardRow } from './rows'

import { byGroup, byRule, topProblems } from './views'

const row = (id: number, owner: null | string, findings: Array<[string, string]>): DashboardRow => {
  const ruleCounts: Record<string, number> = {}
  for (const [ruleId] of findings) ruleCounts[ruleId] = (ruleCounts[ruleId] ?? 0) + 1
  return {
    checkedAt: null,
    collection: 'pages',
    counts: { error: 0, info: 0, warning: findings.length },
    countsByArea: { a11y: 0, klarsprak: findings.length, policy: 0, staleness: 0 },
    id,
    lix: 40 + id,
    owner,
    problems: findings.map(([ruleId, what]) => ({ ruleId, what })),
    ruleCounts,
    rules: Object.keys(ruleCounts),
    status: findings.length > 0 ? 'warnings' : 'ok',
    title: `Sida ${id}`,
    updatedAt: null,
  }
}

const rows = [
  row(1, 'Anna', [
    ['klarsprak/krangelord', 'erhålla'],
    ['klarsprak/krangelord', 'erhålla'],
    ['klarsprak/passive', 'skickas'],
  ]),
  row(2, 'Anna', [['klarsprak/krangelord', 'erhålla']]),
  row(3, 'Bo', [['klarsprak/passive', 'skickas']]),
  row(4, null, []),
]

test('per rule: count, documents and the documents with most findings first', () => {
  const [krangelord, passive] = byRule(rows)
  expect(krangelord).toMatchObject({ count: 3, documents: 2, ruleId: 'klarsprak/krangelord' })
  expect(krangelord!.worst.map((w) => [w.row.id, w.count])).toEqual([
    [1, 2],
    [2, 1],
  ])
  expect(passive).toMatchObject({ count: 2, documents: 2, ruleId: 'klarsprak/passive' })
})

test('per owner: documents, warnings and mean LIX, the most to do first', () => {
  expect(byGroup(rows, (r) => r.owner ?? 'Ingen ägare')).toEqual([
    expect.objectContaining({ avgLix: 41.5, documents: 2, key: 'Anna', warnings: 4 }),
    expect.objectContaining({ documents: 1, key: 'Bo', warnings: 1 }),
    expect.objectContaining({ documents: 1, key: 'Ingen ägare', warnings: 0 }),
  ])
})

test('the top problems are the same rule on the same words, counted over the site', () => {
  expect(topProblems(rows, 2)).toEqual([
    { count: 3, documents: 2, ruleId: 'klarsprak/krangelord', what: 'erhålla' },
    { count: 2, documents: 2, ruleId: 'klarsprak/passive', what: 'skickas' },
  ])
})
