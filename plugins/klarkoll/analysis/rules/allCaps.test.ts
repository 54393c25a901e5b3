import { expect, test } from '@jest/globals'

import { testRule } from '../ruleTester'
import { analyzeText, flagged, onlyRule } from '../test/helpers'
import { allCaps } from './allCaps'

test('passes: acronyms and ordinary capitalisation', () => {
  expect(
    flagged('Kontakta EU via SMS eller BankID. OBS! Öppet i dag.', 'klarsprak/all-caps'),
  ).toEqual([])
})

test('fails: a capitalised word or phrase, Å/Ä/Ö included', () => {
  expect(
    flagged(
      ['AVGIFTER', 'Läs det här: ÖPPETTIDER I JUL ändras.', 'VI HAR STÄNGT'],
      'klarsprak/all-caps',
    ),
  ).toEqual(['AVGIFTER', 'ÖPPETTIDER I JUL', 'VI HAR STÄNGT'])
})

test('suggests ordinary capitalisation', () => {
  const { findings } = analyzeText('ÖPPETTIDER I JUL', onlyRule('klarsprak/all-caps'))
  expect(findings[0]!.suggestion).toBe('Öppettider i jul')
})

test('examples (rule tester)', () =>
  testRule(allCaps, {
    valid: [
      'Kontakta EU via SMS eller BankID. OBS! Öppet i dag.',
      { options: { minLetters: 9 }, text: 'AVGIFTER' },
    ],
    invalid: [
      {
        findings: [{ excerpt: 'ÖPPETTIDER I JUL', suggestion: 'Öppettider i jul' }],
        text: 'ÖPPETTIDER I JUL',
      },
      { findings: [{ excerpt: 'AVGIFTER' }], text: 'AVGIFTER' },
    ],
  }))
