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

// ACT ffd0e9: applicable to headings in the accessibility tree, named by accname.
test.each([
  ['hidden', '<h2 aria-hidden="true"></h2>'],
  ['no heading by role', '<h2 role="presentation"></h2>'],
  ['named by aria-label', '<h2 aria-label="Avgifter"><img src="/i.svg" alt=""></h2>'],
  ['named by its image', '<h2><img src="/logo.svg" alt="Exempelkommun"></h2>'],
])('passes (ACT ffd0e9): %s', async (_what, html) => {
  expect(await check(html, 'a11y/empty-heading')).toEqual([])
})

test('fails (ACT ffd0e9): an empty h1 and an empty role="heading", with every rule on', async () => {
  const found = await check(
    '<h1></h1><div role="heading" aria-level="2"></div><p>Text</p>',
    'a11y/empty-heading',
  )
  expect(found).toHaveLength(2)
})

test('examples (rule tester)', () =>
  testA11yRule(emptyHeading, {
    valid: [{ html: '<h2>Avgifter</h2>' }],
    invalid: [{ findings: [{ severity: 'error' }], html: '<h2> </h2><p>Text</p>' }],
  }))
