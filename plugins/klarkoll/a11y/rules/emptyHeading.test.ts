import { expect, test } from '@jest/globals'

import { check } from '../test/helpers'

test('passes: headings with text', async () => {
  expect(await check('<h2>Avgifter</h2>', 'a11y/empty-heading')).toEqual([])
})

test('fails: an empty heading is an error', async () => {
  expect(await check('<h2> </h2><p>Text</p>', 'a11y/empty-heading', 'error')).toEqual([
    expect.objectContaining({ severity: 'error', wcag: '2.4.6' }),
  ])
})
