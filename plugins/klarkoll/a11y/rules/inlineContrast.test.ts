import { expect, test } from '@jest/globals'

import { testA11yRule } from '../ruleTester'
import { check } from '../test/helpers'
import { inlineContrast } from './inlineContrast'

test('passes: dark colours, and a pale colour on a dark background', async () => {
  expect(
    await check(
      '<p><span style="color: #1b1b1b">Mörk</span> <span style="color: rgb(11, 79, 156)">Blå</span> <span style="background-color: #1b1b1b"><span style="color: #ffffff">Vit på svart</span></span></p>',
      'a11y/inline-contrast',
    ),
  ).toEqual([])
})

test('fails: the editor’s pale green on white, with the ratio in Swedish', async () => {
  const found = await check(
    '<p><span style="color: #3d9a47">Viktigt: ansök senast 1 maj</span></p>',
    'a11y/inline-contrast',
  )
  expect(found.map((f) => [f.excerpt, f.wcag])).toEqual([['Viktigt: ansök senast 1 maj', '1.4.3']])
  expect(found[0]!.message).toMatch(
    /^Färgen på texten har kontrasten 3,\d:1 mot bakgrunden; den behöver minst 4,5:1/,
  )
})

test('large text (a heading) needs 3:1 only', async () => {
  // #3d9a47 on white is about 3.4:1: enough for a heading, not for body text.
  expect(
    await check('<h2><span style="color: #3d9a47">Nyheter</span></h2>', 'a11y/inline-contrast'),
  ).toEqual([])
  expect(
    await check('<h2><span style="color: #9a9a9a">Nyheter</span></h2>', 'a11y/inline-contrast'),
  ).toHaveLength(1)
})

test('examples (rule tester)', () =>
  testA11yRule(inlineContrast, {
    valid: [{ html: '<p><span style="color: #1b1b1b">Mörk text</span></p>' }],
    invalid: [
      {
        findings: [{ message: /kontrasten/, wcag: '1.4.3' }],
        html: '<p><span style="color: hsl(0, 0%, 70%)">Ljusgrå text</span></p>',
      },
    ],
  }))
