import { expect, test } from '@jest/globals'

import { testRule } from '../ruleTester'
import { analyzeText, onlyRule } from '../test/helpers'
import { ingress } from './ingress'

const rule = onlyRule('klarsprak/ingress')
const body = 'Vi hämtar soporna varannan vecka.'

test('passes: a short ingress, or a document type without one', () => {
  expect(
    analyzeText(body, rule, { ingress: { path: 'ingress', text: 'Så sorterar du.' } }).findings,
  ).toEqual([])
  expect(analyzeText(body, rule).findings).toEqual([])
})

test('fails: missing ingress on a page with text', () => {
  for (const ingress of [null, { path: 'ingress', text: '   ' }]) {
    const { findings, metrics } = analyzeText(body, rule, { ingress })
    expect(findings).toEqual([
      expect.objectContaining({
        message: expect.stringMatching(/^Sidan saknar ingress/),
        path: 'ingress',
      }),
    ])
    expect(metrics.hasIngress).toBe(false)
  }
})

test('fails: an ingress of more than three sentences or forty words', () => {
  const long = 'En mening. Två meningar. Tre meningar. Fyra meningar.'
  const { findings } = analyzeText(body, rule, { ingress: { path: 'ingress', text: long } })
  expect(findings[0]!.message).toBe(
    'Ingressen är för lång (8 ord, 4 meningar). Håll den till högst 3 meningar och 40 ord.',
  )
})

test('examples (rule tester)', () =>
  testRule(ingress, {
    valid: [
      { ingress: 'Så sorterar du.', text: 'Vi hämtar soporna varannan vecka.' },
      // A document type without an ingress.
      'Vi hämtar soporna varannan vecka.',
    ],
    invalid: [
      { findings: [{ path: 'ingress' }], ingress: null, text: 'Vi hämtar soporna varannan vecka.' },
      {
        findings: [{ path: 'ingress' }],
        ingress: 'En mening. Två meningar. Tre meningar. Fyra meningar.',
        text: 'Vi hämtar soporna varannan vecka.',
      },
      {
        findings: [],
        ingress: 'En mening. Två meningar. Tre meningar. Fyra meningar.',
        options: { maxSentences: 4 },
        text: 'Vi hämtar soporna varannan vecka.',
      },
    ],
  }))
