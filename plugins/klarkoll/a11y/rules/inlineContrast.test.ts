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

// ACT afw4f7: what fades the text counts, the background shorthand too; an image behind is unknown.
test('fails: a transparent colour or opacity fades black text on white', async () => {
  const found = await check(
    '<p style="color: rgba(0, 0, 0, .3); background: #fff">Öppet i dag</p>' +
      '<div style="background: #fff"><p style="color: #000; opacity: .3">Stängt i morgon</p></div>',
    'a11y/inline-contrast',
  )
  expect(found.map((f) => f.excerpt)).toEqual(['Öppet i dag', 'Stängt i morgon'])
  expect(found[0]!.message).toMatch(/kontrasten 2,[0-9]:1/)
})

test('the background shorthand is read: #777 on #eee is 3,8:1 (3.85, rounded down), not 4,4:1', async () => {
  const found = await check(
    '<p style="background: #eee; color: #777">Anmäl dig senast i dag</p>',
    'a11y/inline-contrast',
  )
  expect(found.map((f) => f.message)).toEqual([expect.stringMatching(/kontrasten 3,8:1/)])
})

test('the ratio is rounded down: #777 on white (4.48:1) reads 4,4:1, not the 4,5:1 it misses', async () => {
  const found = await check('<p style="color: #777">Grå text</p>', 'a11y/inline-contrast')
  expect(found.map((f) => f.message)).toEqual([
    expect.stringMatching(/kontrasten 4,4:1 mot bakgrunden; den behöver minst 4,5:1/),
  ])
})

test('a semi-transparent background is composited over what lies below', async () => {
  expect(
    await check(
      '<div style="background-color: #000"><p style="background-color: rgba(255, 255, 255, .1); color: #fff">Vit text</p></div>',
      'a11y/inline-contrast',
    ),
  ).toEqual([])
})

test('on a gradient: a finding only when every colour stop is too pale a background', async () => {
  const found = await check(
    '<p style="background: linear-gradient(to right, #fff, #00f); color: #aaa">Ljusgrå på vitt till blått</p>' +
      '<p style="background-image: linear-gradient(#000, #fff); color: #777">Grå på svart till vitt</p>' +
      '<p style="background: linear-gradient(90deg, rgb(255, 255, 255), #eee); color: #111">Mörk på ljust</p>',
    'a11y/inline-contrast',
  )
  expect(found.map((f) => f.excerpt)).toEqual(['Ljusgrå på vitt till blått'])
})

test('not judged: text on a background image', async () => {
  expect(
    await check(
      '<p style="background: url(/bild.jpg) #fff; color: #999">På bild</p>' +
        '<p style="background-image: url(/bild.jpg); color: #999">Också på bild</p>',
      'a11y/inline-contrast',
    ),
  ).toEqual([])
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
