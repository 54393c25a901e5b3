import { expect, test } from '@jest/globals'

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
