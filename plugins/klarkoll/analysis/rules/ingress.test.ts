import { expect, test } from '@jest/globals'

import { analyzeText, onlyRule } from '../test/helpers'

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
