import { expect, test } from '@jest/globals'

import { testA11yRule } from '../ruleTester'
import { excerpts } from '../test/helpers'
import { quoteAsHeading } from './quoteAsHeading'

test('passes: real quotations, ending in punctuation or with their source', async () => {
  expect(
    await excerpts(
      '<blockquote>Biblioteket är stadens vardagsrum.</blockquote><blockquote>Vi bygger för framtiden <cite>Kommunstyrelsens ordförande</cite></blockquote>',
      'a11y/quote-as-heading',
    ),
  ).toEqual([])
})

test('fails: a short quotation block that is really a heading', async () => {
  expect(
    await excerpts('<blockquote>Så söker du förskoleplats</blockquote>', 'a11y/quote-as-heading'),
  ).toEqual(['Så söker du förskoleplats'])
})

test('examples (rule tester)', () =>
  testA11yRule(quoteAsHeading, {
    valid: [{ html: '<blockquote>Biblioteket är stadens vardagsrum.</blockquote>' }],
    invalid: [
      {
        findings: [{ message: /ser ut som en rubrik/ }],
        html: '<blockquote>Nyheter i december</blockquote>',
      },
    ],
  }))
