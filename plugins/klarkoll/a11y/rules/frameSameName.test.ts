import { expect, test } from '@jest/globals'

import { testA11yRule } from '../ruleTester'
import { excerpts } from '../test/helpers'
import { frameSameName } from './frameSameName'

const id = 'a11y/frame-same-name'

test('passes (ACT 4b1c6c): the same name for the same address, however written', async () => {
  expect(
    await excerpts(
      '<iframe title="Karta över kommunhuset" src="https://karta.example/kommunhuset"></iframe>' +
        '<iframe title="Karta över kommunhuset" src="https://www.karta.example/kommunhuset/"></iframe>',
      id,
    ),
  ).toEqual([])
})

test('inapplicable: different names, no name, or a hidden frame', async () => {
  expect(
    await excerpts(
      '<iframe title="Karta över kommunhuset" src="/karta-1"></iframe>' +
        '<iframe title="Karta över biblioteket" src="/karta-2"></iframe>' +
        '<iframe src="/karta-3"></iframe><iframe src="/karta-4"></iframe>' +
        '<iframe title="Karta över kommunhuset" src="/karta-5" aria-hidden="true"></iframe>',
      id,
    ),
  ).toEqual([])
})

test('fails: one name for two addresses, or two inline contents', async () => {
  expect(
    await excerpts(
      '<iframe title="Karta" src="/karta-1"></iframe><iframe aria-label="Karta" src="/karta-2"></iframe>' +
        '<iframe title="Omröstning" srcdoc="<p>Fråga 1</p>"></iframe><iframe title="Omröstning" srcdoc="<p>Fråga 2</p>"></iframe>',
      id,
    ),
  ).toEqual(['karta', 'omröstning'])
})

test('examples (rule tester)', () =>
  testA11yRule(frameSameName, {
    valid: [{ html: '<iframe title="Karta" src="/karta"></iframe>' }],
    invalid: [
      {
        findings: [{ message: /^2 inbäddningar heter "karta"/ }],
        html: '<iframe title="Karta" src="/karta-1"></iframe><iframe title="Karta" src="/karta-2"></iframe>',
      },
    ],
  }))
