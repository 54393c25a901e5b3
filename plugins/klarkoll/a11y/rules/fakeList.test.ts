import { expect, test } from '@jest/globals'

import { testA11yRule } from '../ruleTester'
import { check } from '../test/helpers'
import { fakeList } from './fakeList'

test('passes: a real list, and one dash in running text', async () => {
  expect(await check('<ul><li>Ett</li><li>Två</li></ul>', 'a11y/fake-list')).toEqual([])
  expect(
    await check('<p>- Det är bra, sa hon.</p><p>Sedan gick hon.</p>', 'a11y/fake-list'),
  ).toEqual([])
})

test.each([
  '<p>- Ritningar</p><p>- Karta</p>',
  '<p>• Ritningar</p><p>• Karta</p>',
  '<p>1. Logga in</p><p>2. Fyll i</p>',
])('fails: %s', async (html) => {
  expect(await check(html, 'a11y/fake-list')).toHaveLength(1)
})

test('examples (rule tester)', () =>
  testA11yRule(fakeList, {
    valid: [
      { html: '<ul><li>Ett</li><li>Två</li></ul>' },
      { html: '<p>- Det är bra, sa hon.</p><p>Sedan gick hon.</p>' },
    ],
    invalid: [
      { findings: [{}], html: '<p>- Ritningar</p><p>- Karta</p>' },
      { findings: [{}], html: '<p>1. Logga in</p><p>2. Fyll i</p>' },
    ],
  }))
