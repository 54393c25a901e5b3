import { expect, test } from '@jest/globals'

import { testRule } from '../ruleTester'
import { flagged } from '../test/helpers'
import { longCompound } from './longCompound'

test('passes: compounds under 16 letters, hyphenated compounds and URLs', () => {
  expect(
    flagged(
      'Förskoleplatsen och VA-verksamhetsområdet finns på www.exempelkommunsbibliotek.se.',
      'klarsprak/long-compound',
    ),
  ).toEqual([])
})

test('fails: 16 letters or more, with åäö counted as letters', () => {
  expect(
    flagged(
      'Kvalitetssäkringssystemet och ansökningshandlingarna granskas. Förskoleverksamhet.',
      'klarsprak/long-compound',
    ),
  ).toEqual(['Kvalitetssäkringssystemet', 'ansökningshandlingarna', 'Förskoleverksamhet'])
})

test('minLetters is an option', () => {
  expect(
    flagged('Förskoleplatsen', 'klarsprak/long-compound', ['info', { minLetters: 12 }]),
  ).toEqual(['Förskoleplatsen'])
})

test('examples (rule tester)', () =>
  testRule(longCompound, {
    valid: ['Förskoleplatsen och VA-verksamhetsområdet finns på www.exempelkommunsbibliotek.se.'],
    invalid: [
      {
        findings: [{ excerpt: 'Kvalitetssäkringssystemet' }, { excerpt: 'ansökningshandlingarna' }],
        text: 'Kvalitetssäkringssystemet och ansökningshandlingarna granskas.',
      },
      {
        findings: [{ excerpt: 'Förskoleplatsen' }],
        options: { minLetters: 12 },
        text: 'Förskoleplatsen',
      },
    ],
  }))
