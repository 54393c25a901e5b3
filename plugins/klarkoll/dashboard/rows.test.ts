import { expect, test } from '@jest/globals'

import { type DashboardRow, rowsToCsv } from './rows'

const row: DashboardRow = {
  checkedAt: '2026-11-21T10:00:00.000Z',
  collection: 'pages',
  counts: { error: 1, info: 0, warning: 2 },
  countsByArea: { a11y: 0, klarsprak: 3, policy: 0, staleness: 0 },
  id: 7,
  lix: 47.5,
  owner: null,
  problems: [],
  ruleCounts: { 'klarsprak/lix': 1, 'klarsprak/tone': 2 },
  rules: ['klarsprak/lix', 'klarsprak/tone'],
  status: 'blocked',
  title: 'Säg "hej"; @kommunen',
  updatedAt: null,
}

test('CSV for Swedish Excel: BOM, semicolons, decimal comma, Swedish status, Stockholm time', () => {
  const csv = rowsToCsv([row])
  expect(csv.startsWith('\uFEFF"Samling";')).toBe(true)
  const [, line] = csv.trim().split('\r\n')
  expect(line).toBe(
    '"pages";"7";"Säg ""hej""; @kommunen";"Stoppad";"47,5";"1";"2";"3";"0";"0";"0";"klarsprak/lix klarsprak/tone";"";"2026-11-21 11:00"',
  )
})

test('cells that a spreadsheet would run as formulas are defused', () => {
  // Issue 15, item 10: TAB and CR are neutralised like = + - @.
  for (const title of ['=SUM(A1)', '+1', '-1', '@x', '\t=1+1', '\r=1+1']) {
    expect(rowsToCsv([{ ...row, title }])).toContain(`"'${title}"`)
  }
})
