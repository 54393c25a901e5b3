import { expect, test } from '@jest/globals'

import { checkHtmlAccessibility } from '../checkHtml'
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

// ACT d0f69e and the cases the review found flagged for nothing: layout tables, one-cell boxes,
// hidden tables and ARIA header roles are no missing headers.
test.each([
  ['a layout table', '<table role="presentation"><tr><td>Logga</td><td>Meny</td></tr></table>'],
  ['role="none"', '<table role="none"><tr><td>A</td><td>B</td></tr></table>'],
  ['a one-cell box', '<table><tr><td>Viktigt: ansök senast 1 maj</td></tr></table>'],
  ['a hidden table', '<table hidden><tr><td>A</td><td>B</td></tr></table>'],
  [
    'td role="columnheader"',
    '<table><tr><td role="columnheader">Dag</td><td role="columnheader">Tid</td></tr><tr><td>Måndag</td><td>8–16</td></tr></table>',
  ],
])('passes (ACT): %s', async (_what, html) => {
  expect(await check(html, 'a11y/table-headers')).toEqual([])
})

test('a table of header cells only is a11y/table-header-cells, not this rule', async () => {
  expect(
    await check(
      '<table><tr><th>Dag</th><th>Tid</th></tr><tr><th>Måndag</th><th>8–16</th></tr></table>',
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
    await check(
      '<table><tr><th></th><th>Tid</th></tr><tr><td>Måndag</td><td>8–16</td></tr></table>',
      'a11y/table-headers',
    ),
  ).toEqual([expect.objectContaining({ message: expect.stringMatching(/tom rubrikcell/) })])
})

test('cells side by side without headers warn but do not stop a publish (layout or data cannot be told)', async () => {
  const found = await checkHtmlAccessibility(
    '<table><tr><td>Ladda ner taxan som <a href="/taxa.html">webbsida</a></td><td>Ladda ner taxan som <a href="/taxa.epub">e-bok</a></td></tr></table>',
    { path: 'body', settings: { 'a11y/axe': 'off' } },
  )
  expect(found.filter((f) => f.ruleId === 'a11y/table-headers').map((f) => f.severity)).toEqual([
    'warning',
  ])
  expect(found.filter((f) => f.severity === 'error')).toEqual([])
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
        html: '<table><tr><th></th><th>Tid</th></tr><tr><td>Måndag</td><td>8–16</td></tr></table>',
      },
    ],
  }))
