import { expect, test } from '@jest/globals'

import { flagged } from '../test/helpers'

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
