import { expect, test } from '@jest/globals'

import { testA11yRule } from '../ruleTester'
import { check } from '../test/helpers'
import { newWindow } from './newWindow'

test('passes: a new window that says so', async () => {
  expect(
    await check(
      '<a href="/k" target="_blank">Karta (öppnas i nytt fönster)</a>',
      'a11y/new-window',
    ),
  ).toEqual([])
})

test('fails: a new window without warning, with the text to use', async () => {
  expect(await check('<a href="/k" target="_blank">Karta</a>', 'a11y/new-window')).toEqual([
    expect.objectContaining({ suggestion: 'Karta (öppnas i nytt fönster)', wcag: '3.2.5' }),
  ])
})

test('examples (rule tester)', () =>
  testA11yRule(newWindow, {
    valid: [{ html: '<a href="/k" target="_blank">Karta (öppnas i nytt fönster)</a>' }],
    invalid: [{ findings: [{ excerpt: 'Karta' }], html: '<a href="/k" target="_blank">Karta</a>' }],
  }))
