import { expect, test } from '@jest/globals'

import { testA11yRule } from '../ruleTester'
import { check } from '../test/helpers'
import { inPageAnchor } from './inPageAnchor'

test('passes: anchors that exist (id or name), "#" and "#top"', async () => {
  expect(
    await check(
      '<p><a href="#avgifter">Avgifter</a> <a href="#karta">Karta</a> <a href="#">Upp</a> <a href="#top">Till början</a></p><h2 id="avgifter">Avgifter</h2><a name="karta"></a>',
      'a11y/in-page-anchor',
    ),
  ).toEqual([])
})

test('fails: a link to an anchor nothing on the page has', async () => {
  const found = await check(
    '<p><a href="#oppettider">Se öppettiderna</a></p><h2 id="avgifter">Avgifter</h2>',
    'a11y/in-page-anchor',
  )
  expect(found.map((f) => [f.excerpt, f.wcag])).toEqual([['Se öppettiderna', '2.4.4']])
})

test('a malformed escape in the anchor is reported, not a crash of the whole check', async () => {
  const found = await check('<p><a href="#%E0">Till A</a></p>', 'a11y/in-page-anchor')
  expect(found.map((f) => f.message)).toEqual([expect.stringMatching(/"#%E0"/)])
})

test('examples (rule tester)', () =>
  testA11yRule(inPageAnchor, {
    valid: [{ html: '<a href="#a">Till A</a><h2 id="a">A</h2>' }],
    invalid: [
      { findings: [{ message: /"#b"/ }], html: '<a href="#b">Till B</a><h2 id="a">A</h2>' },
    ],
  }))
