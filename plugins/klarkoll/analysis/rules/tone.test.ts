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

test('"man" as a noun after a possessive or a number, beside kvinna, and in "man ur huse"', () => {
  expect(
    flagged(
      [
        'Hennes man arbetar här. Räddningstjänsten kom med tolv man.',
        'Man och kvinna har samma rätt. Både man och hustru skriver under. Alla kom man ur huse.',
      ],
      'klarsprak/tone',
    ),
  ).toEqual([])
})

test('the reader in the genitive and plural; not a signed form or an authority’s name', () => {
  expect(
    flagged(
      [
        'Sökandens inkomst påverkar avgiften. Den sökandes namn står här. De sökande kallas.',
        'Ansökan ska vara undertecknad av dig. Skicka det undertecknade avtalet.',
        'Läs mer hos Myndigheten för delaktighet.',
      ],
      'klarsprak/tone',
    ),
  ).toEqual(['Sökandens', 'Den sökandes', 'De sökande'])
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
