import { expect, test } from '@jest/globals'

import { testA11yRule } from '../ruleTester'
import { excerpts } from '../test/helpers'
import { underline } from './underline'

test('passes: underlined links, and text without underline', async () => {
  expect(
    await excerpts(
      '<p><a href="/avgifter"><span style="text-decoration: underline;">Avgifter</span></a> gäller från maj.</p>',
      'a11y/underline',
    ),
  ).toEqual([])
})

test('fails: underline from the editor (a styled span) and from pasted <u>', async () => {
  expect(
    await excerpts(
      '<p>Ansök <span style="text-decoration: underline;">senast 1 maj</span>. <u>Viktigt</u>!</p>',
      'a11y/underline',
    ),
  ).toEqual(['senast 1 maj', 'Viktigt'])
})

test('examples (rule tester)', () =>
  testA11yRule(underline, {
    valid: [{ html: '<p>Ansök <strong>senast 1 maj</strong>.</p>' }],
    invalid: [
      {
        findings: [{ message: /ser ut som en länk/ }],
        html: '<p>Ansök <u>senast 1 maj</u>.</p>',
      },
    ],
  }))
