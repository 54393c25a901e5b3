import { expect, test } from '@jest/globals'

import { testA11yRule } from '../ruleTester'
import { check } from '../test/helpers'
import { longEmphasis } from './longEmphasis'

const sentence =
  'Du måste ansöka om bygglov innan du börjar bygga, annars kan du få en sanktionsavgift'
const long = `${sentence}, och det gäller även om du river, bygger om eller bygger till huset.`

test('passes: a few words in bold or italics', async () => {
  expect(
    await check('<p>Ansök <strong>senast 1 maj</strong>. <em>Obs!</em></p>', 'a11y/long-emphasis'),
  ).toEqual([])
})

test('fails: a long passage in bold and one in italics, nested emphasis counted once', async () => {
  const found = await check(
    `<p><strong><em>${long}</em></strong></p><p><em>${long}</em></p>`,
    'a11y/long-emphasis',
  )
  expect(found.map((f) => f.message.split(' ').slice(0, 2).join(' '))).toEqual([
    'Fetstil över',
    'Kursiv stil',
  ])
})

test('examples (rule tester)', () =>
  testA11yRule(longEmphasis, {
    valid: [{ html: '<p>Ansök <strong>senast 1 maj</strong>.</p>' }],
    invalid: [{ findings: [{ message: /^Fetstil över \d+ ord/ }], html: `<p><b>${long}</b></p>` }],
  }))
