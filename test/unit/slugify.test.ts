import { expect, test } from '@jest/globals'

import { slugifySwedish } from '../../lib/slugify'

test.each([
  ['Förskola och fritids', 'forskola-och-fritids'],
  ['Återvinning på Åby ängar', 'atervinning-pa-aby-angar'],
  ['ÖPPETTIDER I JUL', 'oppettider-i-jul'],
  ['  Bygglov – så ansöker du!  ', 'bygglov-sa-ansoker-du'],
  ['Café & kultur 2026', 'cafe-kultur-2026'],
  ['Straße Ærø', 'strasse-aero'],
])('%s → %s', (title, slug) => {
  expect(slugifySwedish(title)).toBe(slug)
})

test('nothing usable gives undefined, so the required check names the field', () => {
  expect(slugifySwedish('!!!')).toBeUndefined()
  expect(slugifySwedish('')).toBeUndefined()
  expect(slugifySwedish(undefined)).toBeUndefined()
  expect(slugifySwedish(42)).toBeUndefined()
})

test('long titles are cut without a trailing dash', () => {
  const slug = slugifySwedish(`${'a'.repeat(99)} b`)!
  expect(slug.length).toBeLessThanOrEqual(100)
  expect(slug.endsWith('-')).toBe(false)
})
