import { expect, test } from '@jest/globals'

import { excerpts } from '../test/helpers'

test('passes: the same text to the same place', async () => {
  expect(
    await excerpts(
      '<a href="/a">Blankett</a> <a href="/a">Blankett</a>',
      'a11y/same-text-different-target',
    ),
  ).toEqual([])
})

test('fails: the same text to different places', async () => {
  expect(
    await excerpts(
      '<a href="/a">Blankett</a> <a href="/b">blankett</a>',
      'a11y/same-text-different-target',
    ),
  ).toEqual(['blankett'])
})
