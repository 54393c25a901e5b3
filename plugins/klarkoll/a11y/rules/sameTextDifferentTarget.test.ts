import { expect, test } from '@jest/globals'

import { testA11yRule } from '../ruleTester'
import { excerpts } from '../test/helpers'
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
