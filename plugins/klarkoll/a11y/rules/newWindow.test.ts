import { expect, test } from '@jest/globals'

import { check } from '../test/helpers'

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
