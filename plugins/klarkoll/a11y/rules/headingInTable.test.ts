import { expect, test } from '@jest/globals'

import { testA11yRule } from '../ruleTester'
import { excerpts } from '../test/helpers'
import { headingInTable } from './headingInTable'

test('passes: the heading before the table', async () => {
  expect(
    await excerpts(
      '<h2>Taxor</h2><table><tr><th>Tjänst</th><th>Avgift</th></tr></table>',
      'a11y/heading-in-table',
    ),
  ).toEqual([])
})

test('fails: a heading in a cell', async () => {
  expect(
    await excerpts(
      '<table><tr><td><h3>Taxor</h3></td></tr><tr><td>Bygglov</td></tr></table>',
      'a11y/heading-in-table',
    ),
  ).toEqual(['Taxor'])
})

test('examples (rule tester)', () =>
  testA11yRule(headingInTable, {
    valid: [{ html: '<h2>Taxor</h2><table><tr><th>Tjänst</th></tr></table>' }],
    invalid: [
      {
        findings: [{ message: /rubrik står inne i en tabell/ }],
        html: '<table><tr><td><h3>Taxor</h3></td></tr></table>',
      },
    ],
  }))
