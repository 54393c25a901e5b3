import { expect, test } from '@jest/globals'

import { testRule } from '../ruleTester'
import { analyzeText, flagged, onlyRule } from '../test/helpers'
import { tone } from './tone'

test('passes: du and vi, and "man" as a noun', () => {
  expect(
    flagged('Du ansöker och vi svarar. En man och ingen man kom. Den mannen.', 'klarsprak/tone'),
  ).toEqual([])
})

test('fails: man, den sökande, sökanden, undertecknad, myndigheten', () => {
  expect(
    flagged(
      'Man ansöker hos oss. Den sökande ska skriva under. Sökanden får svar. Undertecknad intygar. Myndigheten beslutar.',
      'klarsprak/tone',
    ),
  ).toEqual(['Man', 'Den sökande', 'Sökanden', 'Undertecknad', 'Myndigheten'])
})

test('says what to write instead', () => {
  const { findings } = analyzeText(
    'Den sökande ska skriva. Myndigheten svarar.',
    onlyRule('klarsprak/tone'),
  )
  expect(findings.map((f) => f.message)).toEqual([
    'Tala direkt till läsaren: skriv "du" i stället för "Den sökande".',
    'Skriv "vi" om kommunen i stället för "Myndigheten".',
  ])
})

test('examples (rule tester)', () =>
  testRule(tone, {
    valid: [
      'Du ansöker och vi svarar. En man och ingen man kom. Den mannen.',
      // A legal guardian and an old man are nouns, not the pronoun.
      'Tingsrätten utser en god man. En gammal man ringde oss.',
    ],
    invalid: [
      { findings: [{ excerpt: 'man' }], text: 'Här kan man söka bidrag.' },
      {
        findings: [
          {
            excerpt: 'Den sökande',
            message: 'Tala direkt till läsaren: skriv "du" i stället för "Den sökande".',
          },
          { excerpt: 'Myndigheten' },
        ],
        text: 'Den sökande ska skriva. Myndigheten svarar.',
      },
    ],
  }))
