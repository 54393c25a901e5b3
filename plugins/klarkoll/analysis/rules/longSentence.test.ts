import { expect, test } from '@jest/globals'

import { testRule } from '../ruleTester'
import { analyzeText, flagged, onlyRule } from '../test/helpers'
import { longSentence } from './longSentence'

const words = (n: number) =>
  Array.from({ length: n }, (_, i) => (i === 0 ? 'Ord' : 'ord')).join(' ')

test('passes: twenty words', () => {
  expect(flagged(`${words(20)}.`, 'klarsprak/long-sentence')).toEqual([])
})

test('fails: twenty-one words, with the sentence as excerpt and its range', () => {
  const text = `Kort mening. ${words(21)}. Slut.`
  const [finding] = analyzeText(text, onlyRule('klarsprak/long-sentence')).findings
  expect(finding).toMatchObject({
    excerpt: `${words(21)}.`,
    message: 'Meningen har 21 ord. Dela upp meningar som är längre än 20 ord.',
    range: { end: 13 + words(21).length + 1, start: 13 },
  })
})

test('fails: a real bureaucratic sentence', () => {
  const text =
    'Den sökande äger rätt att erhålla besked om huruvida bygglov erfordras för den planerade åtgärden, varvid det åligger den sökande att tillse att samtliga handlingar inkommer.'
  expect(flagged(text, 'klarsprak/long-sentence')).toEqual([text])
})

test('maxWords is an option', () => {
  expect(
    flagged('Vi svarar på e-post inom två dagar.', 'klarsprak/long-sentence', [
      'warning',
      { maxWords: 5 },
    ]),
  ).toHaveLength(1)
})

test('examples (rule tester)', () =>
  testRule(longSentence, {
    valid: [
      'Vi svarar på e-post inom två dagar.',
      { text: `${words(20)}.` },
      { options: { maxWords: 30 }, text: `${words(25)}.` },
    ],
    invalid: [
      {
        findings: [{ excerpt: `${words(21)}.`, message: /^Meningen har 21 ord/ }],
        text: `Kort mening. ${words(21)}. Slut.`,
      },
      {
        findings: [{ message: 'Meningen har 8 ord. Dela upp meningar som är längre än 5 ord.' }],
        options: { maxWords: 5 },
        text: 'Vi svarar på all e-post inom två dagar.',
      },
    ],
  }))
