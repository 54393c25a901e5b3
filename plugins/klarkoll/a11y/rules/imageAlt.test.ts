import { expect, test } from '@jest/globals'

import { testA11yRule } from '../ruleTester'
import { check } from '../test/helpers'
import { imageAlt } from './imageAlt'

const messages = async (html: string) =>
  (await check(html, 'a11y/image-alt', 'error')).map((f) => f.message)

test('passes: a describing alt text, and a decorative image marked alt=""', async () => {
  expect(await messages('<img src="/m/hus.jpg" alt="Kommunhuset en vinterdag">')).toEqual([])
  expect(await messages('<img src="/m/linje.png" alt="">')).toEqual([])
})

test.each([
  ['<img src="/m/DSC_0042.JPG">', /^Bilden DSC_0042\.JPG saknar alternativtext/],
  ['<img src="/m/a.jpg" alt="DSC_0042.JPG">', /är ett filnamn/],
  ['<img src="/m/a.jpg" alt="IMG_2231">', /är ett filnamn/],
  ['<img src="/m/a.jpg" alt="bild">', /säger inget om bilden/],
  ['<img src="/m/a.jpg" alt="Bild på kommunhuset">', /^Börja inte alternativtexten med "bild på"/],
  ['<img src="/m/a.jpg" alt="Foto av badplatsen">', /^Börja inte alternativtexten med "bild på"/],
  [
    `<img src="/m/a.jpg" alt="${'Lång beskrivning. '.repeat(15)}">`,
    /^Alternativtexten är \d+ tecken/,
  ],
  ['<a href="/start"><img src="/m/logo.png" alt=""></a>', /bara av en bild utan alternativtext/],
])('fails: %s', async (html, message) => {
  const found = await check(html, 'a11y/image-alt', 'error')
  expect(found).toHaveLength(1)
  expect(found[0]!.message).toMatch(message)
  expect(found[0]!.wcag).toMatch(/^(1\.1\.1|2\.4\.4)$/)
})

test('the suggestion drops "bild på"', async () => {
  const [finding] = await check('<img src="/a.jpg" alt="Bild på kommunhuset">', 'a11y/image-alt')
  expect(finding!.suggestion).toBe('Kommunhuset')
})

test('examples (rule tester)', () =>
  testA11yRule(imageAlt, {
    valid: [
      { html: '<img src="/m/hus.jpg" alt="Kommunhuset en vinterdag">' },
      { html: '<img src="/m/linje.png" alt="">' },
    ],
    invalid: [
      {
        findings: [{ message: /^Bilden DSC_0042\.JPG saknar alternativtext/, wcag: '1.1.1' }],
        html: '<img src="/m/DSC_0042.JPG">',
      },
      { findings: [{ message: /är ett filnamn/ }], html: '<img src="/m/a.jpg" alt="IMG_2231">' },
    ],
  }))
