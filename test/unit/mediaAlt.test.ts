import { expect, test } from '@jest/globals'

import { validateAlt } from '../../collections/Media'

const check = (value: unknown, decorative?: boolean) =>
  validateAlt(value as string, { siblingData: { decorative } } as never)

test('alt text is required unless the image is decorative', () => {
  expect(check('Barn leker i snön utanför förskolan Solrosen')).toBe(true)
  expect(check('', true)).toBe(true)
  expect(check(undefined, true)).toBe(true)
  expect(check('')).toMatch(/^Alternativtext: skriv vad bilden visar/)
  expect(check('   ')).toMatch(/markera bilden som dekorativ/)
  expect(check(null, false)).toMatch(/Alternativtext/)
})
