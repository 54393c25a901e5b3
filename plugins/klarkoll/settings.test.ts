import { expect, test } from '@jest/globals'

import type { KlarkollRule } from './types'

import { RuleConfigError } from './analysis/config'
import { defineRule } from './analysis/rule'
import { klarsprakRules } from './analysis/rules'
import { definePolicyRule } from './policy/rule'
import { resolveSettings } from './settings'

const meta = { help: '', source: 'Exempelkommun', title: 'Test', titleEn: 'Test' }

const kommunnamn = defineRule({
  area: 'klarsprak',
  check: () => [],
  defaultOptions: { name: 'Exempelkommun' },
  defaultSeverity: 'warning',
  id: 'klarsprak/kommunnamn',
  meta,
})

const mainContact = definePolicyRule({
  area: 'policy',
  check: () => [],
  defaultOptions: { collection: 'contact-details' },
  defaultSeverity: 'warning',
  id: 'policy/main-contact',
  meta,
})

const settingsWith = (customRules: unknown[], extra: object = {}) =>
  resolveSettings({
    collections: ['pages'],
    customRules: customRules as KlarkollRule[],
    ...extra,
  })

test("a site's rules join the plugin's, each in its area", () => {
  const { ruleSets } = settingsWith([kommunnamn, mainContact])
  expect(ruleSets.klarsprak).toEqual([...klarsprakRules, kommunnamn])
  expect(ruleSets.policy).toEqual([mainContact])
  expect(ruleSets.staleness.map((r) => r.id)).toContain('stale/review-overdue')
})

test("a site's rule is configured like the plugin's own, and its options are checked", () => {
  expect(() =>
    settingsWith([kommunnamn], { rules: { 'klarsprak/kommunnamn': ['error', { name: 'Salem' }] } }),
  ).not.toThrow()
  expect(() =>
    settingsWith([kommunnamn], { rules: { 'klarsprak/kommunnamn': ['error', { name: 3 }] } }),
  ).toThrow(/alternativet "name" ska vara en text, inte 3/)
})

test("a preset's policy settings apply to the rules a site adds and are left out otherwise", () => {
  expect(() => resolveSettings({ collections: ['pages'], preset: 'varmdo' })).not.toThrow()
  const without = resolveSettings({ collections: ['pages'], preset: 'varmdo' })
  expect(Object.keys(without.rules).filter((id) => id.startsWith('policy/'))).toEqual([])
  const withRule = settingsWith([mainContact], { preset: 'varmdo' })
  expect(withRule.rules['policy/main-contact']).toBe('error')
  // The site's own settings are never left out: a typo there is an error.
  expect(() => settingsWith([], { rules: { 'policy/main-contact': 'error' } })).toThrow(
    /Okänd regel "policy\/main-contact".*customRules/,
  )
})

test('adding a rule changes the rules version (stored reports say which rules judged them)', () => {
  expect(settingsWith([kommunnamn]).rulesVersion).not.toBe(settingsWith([]).rulesVersion)
})

test.each([
  [{ ...kommunnamn, area: 'a11y' }, /området "a11y"\. En webbplats kan lägga till regler för/],
  [{ ...kommunnamn, id: 'kommunnamn' }, /ska ha ett id som börjar med klarsprak\//],
  [{ ...mainContact, id: 'klarsprak/x' }, /ska ha ett id som börjar med policy\//],
  [{ ...kommunnamn, id: 'klarsprak/lix' }, /Det finns redan en regel med id "klarsprak\/lix"/],
  [{ ...kommunnamn, check: undefined }, /saknar check, defaultOptions eller defaultSeverity/],
])('a rule the plugin cannot run is an error at start-up: %#', (rule, message) => {
  expect(() => settingsWith([rule])).toThrow(RuleConfigError)
  expect(() => settingsWith([rule])).toThrow(message)
})

test('the Chromium of the rendered-page check is an option, CHROMIUM_PATH its fallback', () => {
  expect(settingsWith([], { chromiumPath: '/opt/chromium/chrome' }).chromiumPath).toBe(
    '/opt/chromium/chrome',
  )
  expect(settingsWith([]).chromiumPath).toBe(process.env.CHROMIUM_PATH ?? '/usr/bin/chromium')
})

test('the settings remember who set each rule: presets base first, then the site', () => {
  const { ruleSources } = settingsWith([mainContact], {
    preset: 'helsingborg',
    rules: { 'klarsprak/lix': ['error', { max: 55 }] },
    staleness: { digest: { dueSoonDays: 10 } },
  })
  expect(ruleSources['klarsprak/lix']).toEqual([
    { label: 'policyn Standard', setting: ['error', { max: 60 }] },
    { label: 'policyn Helsingborg', setting: ['error', { max: 40 }] },
    { label: 'webbplatsens inställning', setting: ['error', { max: 55 }] },
  ])
  expect(ruleSources['stale/review-due']).toEqual([
    {
      label: 'webbplatsens inställning för påminnelserna',
      setting: ['info', { soonDays: 10 }],
    },
  ])
  expect(ruleSources['policy/main-contact']).toEqual([
    { label: 'policyn Standard', setting: 'warning' },
  ])
  // A preset's setting for a policy rule the site has not added is not shown.
  expect(ruleSources['policy/sms-like-phone']).toBeUndefined()
})
