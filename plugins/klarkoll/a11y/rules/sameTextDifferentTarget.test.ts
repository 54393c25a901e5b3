import { expect, test } from '@jest/globals'

import { testA11yRule } from '../ruleTester'
import { check, excerpts } from '../test/helpers'
import { sameTextDifferentTarget } from './sameTextDifferentTarget'

test('passes: the same text to the same place', async () => {
  expect(
    await excerpts(
      '<a href="/a">Blankett</a> <a href="/a">Blankett</a>',
      'a11y/same-text-different-target',
    ),
  ).toEqual([])
})

test('fails: the same text to different places', async () => {
  expect(
    await excerpts(
      '<a href="/a">Blankett</a> <a href="/b">blankett</a>',
      'a11y/same-text-different-target',
    ),
  ).toEqual(['blankett'])
})

test('passes (ACT b20e66): the same page written in different ways', async () => {
  expect(
    await check(
      '<p><a href="https://www.exempelkommun.se/bygglov/">Bygglov</a> <a href="http://exempelkommun.se/bygglov">Bygglov</a></p><p><a href="/avgifter#bygglov">Avgifter</a> <a href="/avgifter/index.html">Avgifter</a></p><p><a href="/sok?a=1&amp;b=2">Sök</a> <a href="/sok?b=2&amp;a=1">Sök</a></p>',
      'a11y/same-text-different-target',
    ),
  ).toEqual([])
})

test('examples (rule tester)', () =>
  testA11yRule(sameTextDifferentTarget, {
    valid: [{ html: '<a href="/a">Blankett</a> <a href="/a">Blankett</a>' }],
    invalid: [
      {
        findings: [{ excerpt: 'blankett' }],
        html: '<a href="/a">Blankett</a> <a href="/b">blankett</a>',
      },
    ],
  }))
