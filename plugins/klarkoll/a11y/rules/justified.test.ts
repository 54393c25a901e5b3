import { expect, test } from '@jest/globals'

import { testA11yRule } from '../ruleTester'
import { check } from '../test/helpers'
import { justified } from './justified'

test('passes: left-aligned and centred text', async () => {
  expect(
    await check(
      '<p style="text-align: left">Vänster.</p><p style="text-align: center">Mitten.</p>',
      'a11y/justified',
    ),
  ).toEqual([])
})

test('fails: justified by the editor’s alignment or an old align attribute', async () => {
  const found = await check(
    '<p style="text-align: justify;">Taxan gäller hela året.</p><p align="justify">Och nästa.</p>',
    'a11y/justified',
  )
  expect(found.map((f) => [f.excerpt, f.wcag])).toEqual([
    ['Taxan gäller hela året.', '1.4.8'],
    ['Och nästa.', '1.4.8'],
  ])
})

test('examples (rule tester)', () =>
  testA11yRule(justified, {
    valid: [{ html: '<p>Taxan gäller hela året.</p>' }],
    invalid: [
      {
        findings: [{ message: /marginaljusterad/ }],
        html: '<p style="text-align: justify">Taxan gäller hela året.</p>',
      },
    ],
  }))
