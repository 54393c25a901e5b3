import { expect, test } from '@jest/globals'

import { testA11yRule } from '../ruleTester'
import { check } from '../test/helpers'
import { emptyHeading } from './emptyHeading'

test('passes: headings with text', async () => {
  expect(await check('<h2>Avgifter</h2>', 'a11y/empty-heading')).toEqual([])
})

test('fails: an empty heading is an error', async () => {
  expect(await check('<h2> </h2><p>Text</p>', 'a11y/empty-heading', 'error')).toEqual([
    expect.objectContaining({ severity: 'error', wcag: '2.4.6' }),
  ])
})

test('examples (rule tester)', () =>
  testA11yRule(emptyHeading, {
    valid: [{ html: '<h2>Avgifter</h2>' }],
    invalid: [{ findings: [{ severity: 'error' }], html: '<h2> </h2><p>Text</p>' }],
  }))
