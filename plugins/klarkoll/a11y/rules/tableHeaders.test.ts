import { expect, test } from '@jest/globals'

import { testA11yRule } from '../ruleTester'
import { check } from '../test/helpers'
import { tableHeaders } from './tableHeaders'

test('passes: a table with header cells', async () => {
  expect(
    await check(
      '<table><tr><th>Dag</th><th>Tid</th></tr><tr><td>Måndag</td><td>8–16</td></tr></table>',
      'a11y/table-headers',
    ),
  ).toEqual([])
})

test('fails: no header cells, and an empty header cell', async () => {
  expect(
    await check('<table><tr><td>Måndag</td><td>8–16</td></tr></table>', 'a11y/table-headers'),
  ).toEqual([
    expect.objectContaining({ message: expect.stringMatching(/inga rubrikceller/), wcag: '1.3.1' }),
  ])
  expect(
    await check('<table><tr><th></th><th>Tid</th></tr></table>', 'a11y/table-headers'),
  ).toEqual([expect.objectContaining({ message: expect.stringMatching(/tom rubrikcell/) })])
})

test('examples (rule tester)', () =>
  testA11yRule(tableHeaders, {
    valid: [
      {
        html: '<table><tr><th>Dag</th><th>Tid</th></tr><tr><td>Måndag</td><td>8–16</td></tr></table>',
      },
    ],
    invalid: [
      { findings: [{}], html: '<table><tr><td>Måndag</td><td>8–16</td></tr></table>' },
      {
        findings: [{ message: /tom rubrikcell/ }],
        html: '<table><tr><th></th><th>Tid</th></tr></table>',
      },
    ],
  }))
