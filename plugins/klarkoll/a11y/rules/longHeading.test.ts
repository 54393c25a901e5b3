import { expect, test } from '@jest/globals'

import { testA11yRule } from '../ruleTester'
import { check } from '../test/helpers'
import { longHeading } from './longHeading'

const long = `Så här ansöker du om bygglov för ${'en tillbyggnad av ett enbostadshus '.repeat(5)}`

test('passes: a heading of normal length', async () => {
  expect(await check('<h2>Så ansöker du om bygglov</h2>', 'a11y/long-heading')).toEqual([])
})

test('fails: a heading over 160 characters, and a lower limit from the settings', async () => {
  expect((await check(`<h2>${long}</h2>`, 'a11y/long-heading')).map((f) => f.wcag)).toEqual([
    '2.4.6',
  ])
  expect(
    await check('<h2>Så ansöker du om bygglov för en tillbyggnad</h2>', 'a11y/long-heading', [
      'warning',
      { maxLength: 30 },
    ]),
  ).toHaveLength(1)
})

test('examples (rule tester)', () =>
  testA11yRule(longHeading, {
    valid: [{ html: '<h2>Så ansöker du om bygglov</h2>' }],
    invalid: [{ findings: [{ message: /^Rubriken är \d+ tecken/ }], html: `<h2>${long}</h2>` }],
  }))
