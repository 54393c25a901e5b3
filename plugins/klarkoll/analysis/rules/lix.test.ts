import { expect, test } from '@jest/globals'

import { testRule } from '../ruleTester'
import { analyzeText, onlyRule } from '../test/helpers'
import { lixRule } from './lix'

test('passes: plain sentences', () => {
  expect(
    analyzeText('Vi hämtar soporna. Du sorterar.', onlyRule('klarsprak/lix')).findings,
  ).toEqual([])
})

test('fails: long words and long sentences, with the value and band', () => {
  const { findings } = analyzeText(
    'Konkurrenskraften är avgörande. Innovationssystemet behöver reformeras snabbt.',
    onlyRule('klarsprak/lix', ['warning', { minWords: 0 }]),
  )
  expect(findings).toEqual([
    expect.objectContaining({
      message: expect.stringMatching(/^Texten har LIX 75 \(mycket svår\)\. Sikta på högst 50/),
      path: '',
      ruleId: 'klarsprak/lix',
      severity: 'warning',
    }),
  ])
})

test('the limit is an option (Helsingborg: 40)', () => {
  // LIX 54: 8 words, 2 sentences, 4 long words.
  const text = 'Förskolan erbjuder pedagogisk verksamhet för barn. Barnen leker.'
  expect(
    analyzeText(text, onlyRule('klarsprak/lix', ['error', { max: 40, minWords: 0 }])).findings,
  ).toHaveLength(1)
  expect(
    analyzeText(text, onlyRule('klarsprak/lix', ['error', { max: 60, minWords: 0 }])).findings,
  ).toHaveLength(0)
})

test('short texts are not judged by LIX: a three-word title can score 70', () => {
  const title = 'Information om förskoleverksamheten.'
  expect(analyzeText(title, onlyRule('klarsprak/lix')).metrics.lix).toBeGreaterThan(60)
  expect(analyzeText(title, onlyRule('klarsprak/lix')).findings).toEqual([])
  expect(
    analyzeText(title, onlyRule('klarsprak/lix', ['warning', { minWords: 3 }])).findings,
  ).toHaveLength(1)
})

test('examples (rule tester)', () =>
  testRule(lixRule, {
    valid: ['Vi hämtar soporna. Du sorterar.'],
    invalid: [
      {
        findings: [{ message: /^Texten har LIX \d+/, path: '' }],
        options: { minWords: 0 },
        text: 'Konkurrenskraften är avgörande. Innovationssystemet behöver reformeras snabbt.',
      },
    ],
  }))
