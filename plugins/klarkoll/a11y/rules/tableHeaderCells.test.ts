import { expect, test } from '@jest/globals'

import { testA11yRule } from '../ruleTester'
import { check } from '../test/helpers'
import { tableHeaderCells } from './tableHeaderCells'

const id = 'a11y/table-header-cells'
const messages = async (html: string) => (await check(html, id)).map((f) => f.message)

// ACT d0f69e's expectations, with fragments of our own.
test.each([
  [
    'column headers over their values',
    '<table><thead><tr><th>Dag</th><th>Tid</th></tr></thead><tbody><tr><td>Måndag</td><td>8–16</td></tr></tbody></table>',
  ],
  [
    'row headers beside their values',
    '<table><tr><th>Måndag</th><td>8–16</td></tr><tr><th>Tisdag</th><td>8–17</td></tr></table>',
  ],
  [
    'a header spanning two columns',
    '<table><tr><th colspan="2">Taxa</th></tr><tr><td>Bygglov</td><td>12 000 kr</td></tr></table>',
  ],
  [
    'data cells naming their header by id',
    '<table><tr><th id="a">Avgift</th><th id="b">Belopp</th></tr><tr><td headers="a">Bygglov</td><td headers="b">12 000 kr</td></tr></table>',
  ],
  [
    'a header cell over a cell spanning down from above',
    '<table><tr><th>Dag</th><th>Tid</th></tr><tr><td rowspan="2">Måndag</td><td>8–12</td></tr><tr><td>13–16</td></tr></table>',
  ],
  [
    'a corner header over the row headers',
    '<table><tr><th>Dag</th><th>Förmiddag</th><th>Eftermiddag</th></tr><tr><th>Mån–fre</th><td>8–12</td><td>13–16</td></tr><tr><th>Lör–sön</th><td>10–14</td><td>Stängt</td></tr></table>',
  ],
  [
    'an ARIA grid with values under each header',
    '<div role="grid"><div role="row"><div role="columnheader">Rum</div><div role="columnheader">Bokad av</div></div><div role="row"><div role="gridcell">1A</div><div role="gridcell">Ekonomi</div></div></div>',
  ],
])('passes: %s', async (_what, html) => {
  expect(await messages(html)).toEqual([])
})

test.each([
  ['a hidden table', '<table hidden><tr><th>Dag</th><th>Tid</th></tr></table>'],
  ['a layout table', '<table role="presentation"><tr><th>Dag</th><th>Tid</th></tr></table>'],
  [
    'th with role="cell" (no header)',
    '<table><tr><th role="cell">Dag</th></tr><tr><td>Måndag</td></tr></table>',
  ],
])('inapplicable: %s', async (_what, html) => {
  expect(await messages(html)).toEqual([])
})

test('fails: a column header with nothing in its column', async () => {
  expect(
    await messages(
      '<table><thead><tr><th>Avgift</th><th>Belopp</th></tr></thead><tbody><tr><td>Bygglov</td></tr></tbody></table>',
    ),
  ).toEqual([expect.stringMatching(/^Rubrikcellen "Belopp" har inga celler under/)])
})

test('fails: the cells of its column name another header', async () => {
  expect(
    await messages(
      '<table><tr><th id="a">Land</th><th id="b">Börjar på Z</th></tr><tr><td>Zambia</td><td headers="a">Zimbabwe</td></tr></table>',
    ),
  ).toEqual([expect.stringMatching(/"Börjar på Z"/)])
})

test('fails: an ARIA grid whose second column is empty', async () => {
  expect(
    await messages(
      '<div role="grid"><div role="row"><div role="columnheader">Rum</div><div role="columnheader">Bokad av</div></div><div role="row"><div role="gridcell">1A</div></div></div>',
    ),
  ).toEqual([expect.stringMatching(/"Bokad av"/)])
})

test('fails: a table of header cells only: the last row heads nothing, in one finding', async () => {
  expect(
    await messages(
      '<table><tr><th>Dag</th><th>Tid</th></tr><tr><th>Måndag</th><th>8–16</th></tr></table>',
    ),
  ).toEqual([expect.stringMatching(/^Rubrikcellerna "Måndag", "8–16" har inga/)])
})

test('a table too large to model is left alone, not slowed down', async () => {
  const row = `<tr>${'<th>R</th>'.repeat(200)}</tr>`
  expect(await messages(`<table>${row.repeat(60)}</table>`)).toEqual([])
})

test('examples (rule tester)', () =>
  testA11yRule(tableHeaderCells, {
    valid: [
      {
        html: '<table><tr><th>Dag</th><th>Tid</th></tr><tr><td>Måndag</td><td>8–16</td></tr></table>',
      },
    ],
    invalid: [
      {
        findings: [{ message: /"Tid"/ }],
        html: '<table><tr><th>Dag</th><th>Tid</th></tr><tr><td>Måndag</td></tr></table>',
      },
    ],
  }))
