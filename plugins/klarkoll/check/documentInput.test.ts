import { expect, test } from '@jest/globals'

import { analyze } from '../analysis/analyze'
import { ingressFieldOf } from './collectionParts'
import { documentInput } from './documentInput'

const fields = [
  { path: 'headline', type: 'text' as const },
  { path: 'summary', type: 'textarea' as const },
]

test("the ingress is the site's field, not a name klarkoll assumes", () => {
  const data = { headline: 'Bygglov', summary: 'Så söker du bygglov.' }
  const input = documentInput(data, fields, { ingressField: 'summary', titleField: 'headline' })
  expect(input.ingress).toEqual({ path: 'summary', text: 'Så söker du bygglov.' })
  // Read as prose as well, for LIX and the sentence rules.
  expect(input.blocks.map((b) => b.path)).toEqual(['headline', 'summary'])
  // An empty ingress field is a missing ingress; no ingress field means the rule does not apply.
  expect(
    documentInput({ headline: 'Bygglov' }, fields, { ingressField: 'summary' }).ingress,
  ).toEqual({ path: 'summary', text: '' })
  expect(documentInput(data, fields, {}).ingress).toBeUndefined()
})

test('a field named ingress is the ingress unless the site says otherwise', () => {
  const withIngress = [...fields, { path: 'ingress', type: 'textarea' as const }]
  expect(ingressFieldOf(withIngress, undefined)).toBe('ingress')
  expect(ingressFieldOf(withIngress, false)).toBeUndefined()
  expect(ingressFieldOf(withIngress, 'summary')).toBe('summary')
  expect(ingressFieldOf(fields, undefined)).toBeUndefined()
})

test('ranges in a plain text field count from the start of the field, past earlier paragraphs', () => {
  const ingress = 'Öppettider\nVi har öppet i dag.\n\nDu kan erhålla hjälp t.ex. på telefon.'
  const input = documentInput({ ingress }, [{ path: 'ingress', type: 'textarea' as const }], {})
  const { findings } = analyze(input)
  const marked = findings
    .filter((f) => f.range)
    .map((f) => [f.ruleId, ingress.slice(f.range!.start, f.range!.end)])
  expect(marked).toEqual(
    expect.arrayContaining([
      ['klarsprak/krangelord', 'erhålla'],
      ['klarsprak/abbreviation', 't.ex.'],
    ]),
  )
})
