import { expect, test } from '@jest/globals'

import { testA11yRule } from '../ruleTester'
import { excerpts } from '../test/helpers'
import { fakeHeading } from './fakeHeading'

test('passes: bold inside a sentence, and whole bold sentences', async () => {
  expect(
    await excerpts(
      '<p>Ring <strong>senast fredag</strong> om du vill boka.</p>',
      'a11y/fake-heading',
    ),
  ).toEqual([])
  expect(await excerpts('<p><strong>Obs! Stängt i dag.</strong></p>', 'a11y/fake-heading')).toEqual(
    [],
  )
})

test('fails: a paragraph that is only bold text', async () => {
  expect(
    await excerpts('<p><strong>Så ansöker du</strong></p><p>Text.</p>', 'a11y/fake-heading'),
  ).toEqual(['Så ansöker du'])
})

test('examples (rule tester)', () =>
  testA11yRule(fakeHeading, {
    valid: [{ html: '<p>Ring <strong>senast fredag</strong> om du vill boka.</p>' }],
    invalid: [
      {
        findings: [{ excerpt: 'Så ansöker du' }],
        html: '<p><strong>Så ansöker du</strong></p><p>Text.</p>',
      },
    ],
  }))
