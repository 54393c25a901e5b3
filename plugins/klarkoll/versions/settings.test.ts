import { expect, test } from '@jest/globals'

import { resolveVersions } from './settings'

const checked = { pages: {} }

test('the defaults: R12 topics, marking versions as behind, franc refusing a wrong language', () => {
  const versions = resolveVersions({ collections: ['pages'] }, checked, {
    'klarsprak/lix': ['error', { max: 55 }],
  })
  expect(versions).toMatchObject({
    languageCheck: 'error',
    lattlastTopics: ['om-kommunen', 'rattigheter', 'kontakta-oss'],
    onOriginalChange: 'mark-stale',
    requiredLanguages: [],
  })
  // Lättläst keeps the site's settings with its own stricter LIX on top.
  expect(versions?.lattlastRules['klarsprak/lix']).toEqual(['error', { max: 30, minWords: 20 }])
  expect(resolveVersions(undefined, checked, {})).toBeNull()
})

test('mistakes in the option are named in Swedish', () => {
  expect(() => resolveVersions({ collections: ['news'] as never }, checked, {})).toThrow(
    'versions.collections nämner "news", som inte finns bland de samlingar som kontrolleras',
  )
  expect(() =>
    resolveVersions({ collections: ['pages'], requiredLanguages: ['en'] }, checked, {}),
  ).toThrow('versions.requiredLanguages: "en" är inget nationellt minoritetsspråk.')
  expect(() =>
    resolveVersions({ collections: ['pages'], lattlastTopics: ['skola'] }, checked, {}),
  ).toThrow('versions.lattlastTopics: "skola" finns inte.')
})
