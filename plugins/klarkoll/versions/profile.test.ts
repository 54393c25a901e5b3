import { expect, test } from '@jest/globals'

import type { RuleSettings } from '../analysis/config'

import { versionProfile } from './profile'

const siteRules: RuleSettings = { 'klarsprak/lix': ['error', { max: 55 }] }
const lattlastRules: RuleSettings = { 'klarsprak/lix': ['error', { max: 30 }] }
const profileOf = (language?: unknown) =>
  versionProfile({ languageVersion: { language } }, { lattlastRules, siteRules })

test('originals and unknown codes get the site rules as Swedish', () => {
  expect(profileOf('sv')).toEqual({ language: 'sv', rules: siteRules })
  expect(profileOf(undefined)).toEqual({ language: 'sv', rules: siteRules })
  expect(profileOf('xx')).toEqual({ language: 'sv', rules: siteRules })
  expect(versionProfile(null, { lattlastRules, siteRules }).rules).toBe(siteRules)
})

test('lättläst gets the lättläst rules; sign language keeps Swedish; minority languages their own', () => {
  expect(profileOf('lattlast')).toEqual({ lang: 'sv', language: 'lattlast', rules: lattlastRules })
  expect(profileOf('swl')).toEqual({ lang: 'sv', language: 'swl', rules: siteRules })
  expect(profileOf('fi')).toEqual({ lang: 'fi', language: 'fi', rules: siteRules })
  expect(profileOf('yi').lang).toBe('yi')
})

test('a collection without versions (no lättläst rules given) is always Swedish', () => {
  expect(versionProfile({ languageVersion: { language: 'fi' } }, { siteRules })).toEqual({
    language: 'sv',
    rules: siteRules,
  })
})
