import { expect, test } from '@jest/globals'

import { RuleConfigError } from '../analysis/config'
import { definePolicyRule } from '../policy/rule'
import { resolveSettings } from '../settings'
import { presets, resolvePreset } from '.'

test('every seed policy has a preset, plus a neutral default and lättläst', () => {
  expect(Object.keys(presets).sort()).toEqual([
    'alvesta',
    'harnosand',
    'helsingborg',
    'lattlast',
    'salem',
    'standard',
    'varmdo',
  ])
  for (const preset of Object.values(presets)) {
    expect(() => resolveSettings({ collections: ['pages'], preset })).not.toThrow()
    expect(preset.source).not.toBe('')
  }
})

test.each([
  ['helsingborg', 'klarsprak/lix', ['error', { max: 40 }]],
  ['harnosand', 'policy/min-channels', ['error', { min: 2 }]],
  ['harnosand', 'policy/feedback-channel', 'error'],
  ['varmdo', 'policy/sms-like-phone', 'error'],
  ['standard', 'policy/sms-like-phone', 'off'],
  ['salem', 'policy/confirmation-time', ['error', { max: 'ett-dygn' }]],
  ['standard', 'policy/confirmation-time', 'info'],
  [
    'varmdo',
    'policy/response-time',
    ['error', { max: { email: { unit: 'arbetsdagar', value: 2 } }, require: ['email'] }],
  ],
  [
    'salem',
    'policy/response-time',
    [
      'error',
      {
        max: {
          email: { unit: 'dagar', value: 3 },
          feedback: { unit: 'dagar', value: 7 },
          phone: { unit: 'dagar', value: 1 },
        },
        require: ['email', 'feedback', 'phone'],
      },
    ],
  ],
  ['lattlast', 'klarsprak/long-sentence', ['error', { maxWords: 12 }]],
])('%s sets %s from its policy', (name, rule, setting) => {
  expect(resolvePreset(name)[rule]).toEqual(setting)
})

test('a preset inherits what it does not set, and a municipality overrides on top', () => {
  const helsingborg = resolvePreset('helsingborg')
  expect(helsingborg['policy/min-channels']).toEqual(presets.standard.rules['policy/min-channels'])
  const own = resolvePreset('helsingborg', { 'klarsprak/lix': ['error', { max: 45 }] })
  expect(own['klarsprak/lix']).toEqual(['error', { max: 45 }])
  expect(presets.helsingborg.rules['klarsprak/lix']).toEqual(['error', { max: 40 }])
})

test('a custom preset can extend a named one', () => {
  const exempel = {
    extends: 'salem' as const,
    label: 'Exempelkommun',
    name: 'exempel',
    rules: { 'klarsprak/passive': 'off' as const },
    source: 'Exempelkommuns servicepolicy',
  }
  const rules = resolvePreset(exempel)
  expect(rules['klarsprak/passive']).toBe('off')
  expect(rules['policy/phone-hours']).toBe('warning')
  expect(resolveSettings({ collections: ['pages'], preset: exempel }).preset).toBe('exempel')
})

// A site's policy rule, for the settings the presets give it.
const minChannels = definePolicyRule({
  area: 'policy',
  check: () => [],
  defaultOptions: { collection: 'contact-details', min: 2 },
  optionsSchema: { min: { integer: true, min: 1 } },
  defaultSeverity: 'warning',
  id: 'policy/min-channels',
  meta: { help: '', source: '', title: 'Kontaktvägar', titleEn: 'Channels' },
})

test.each([
  [{ preset: 'göteborg' }, /^klarkoll: Okänd policy "göteborg"/],
  [{ rules: { 'klarsprak/lixx': 'error' } }, /^klarkoll: Okänd regel "klarsprak\/lixx"/],
  [{ rules: { 'policy/min-chanels': 'error' } }, /^klarkoll: Okänd regel "policy\/min-chanels"/],
  [{ rules: { lix: 'error' } }, /^klarkoll: Okänd regel "lix"\. Regel-id börjar med/],
  [{ rules: { 'klarsprak/lix': 'fel' } }, /har nivån "fel"/],
  [
    { rules: { 'policy/min-channels': ['error', { minimum: 2 }] } },
    /har inget alternativ "minimum"/,
  ],
  // A value of the wrong kind used to turn the rule off without a word.
  [
    { rules: { 'klarsprak/long-sentence': ['warning', { maxWords: 'tjugo' }] } },
    /"klarsprak\/long-sentence": alternativet "maxWords" ska vara ett tal, inte "tjugo"/,
  ],
  [
    { rules: { 'klarsprak/long-sentence': ['warning', { maxWords: 0 }] } },
    /alternativet "maxWords" ska vara minst 1, inte 0/,
  ],
  [{ rules: { 'klarsprak/lix': ['error', { max: 42.5e9 }] } }, /ska vara högst 100/],
  [{ rules: { 'policy/min-channels': ['error', { min: 1.5 }] } }, /ska vara ett heltal, inte 1.5/],
  [
    { rules: { 'klarsprak/krangelord': ['warning', { ignore: ['erhålla', 7] }] } },
    /alternativet "ignore" ska bara innehålla en text, inte 7/,
  ],
  [
    { rules: { 'a11y/axe': ['error', { disable: 'color-contrast' }] } },
    /alternativet "disable" ska vara en lista, inte "color-contrast"/,
  ],
  [{ rules: { 'klarsprak/lix': ['error', 50] } }, /alternativen ska vara ett objekt/],
])('a typo in the settings is an error at startup: %j', (options, message) => {
  const settings = { collections: ['pages'], customRules: [minChannels], ...options } as never
  expect(() => resolveSettings(settings)).toThrow(RuleConfigError)
  expect(() => resolveSettings(settings)).toThrow(message)
})

test('the rules version changes with the settings', () => {
  const a = resolveSettings({ collections: ['pages'], preset: 'standard' }).rulesVersion
  expect(resolveSettings({ collections: ['pages'], preset: 'standard' }).rulesVersion).toBe(a)
  expect(resolveSettings({ collections: ['pages'], preset: 'helsingborg' }).rulesVersion).not.toBe(
    a,
  )
})

test('collections as a list or with options', () => {
  expect(resolveSettings({ collections: ['pages'] }).collections).toEqual({ pages: {} })
  expect(
    resolveSettings({ collections: { news: { fields: ['title', 'body'] }, pages: true } as never })
      .collections,
  ).toEqual({ news: { fields: ['title', 'body'] }, pages: {} })
})
