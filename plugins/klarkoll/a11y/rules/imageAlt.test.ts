import { expect, test } from '@jest/globals'

import { testA11yRule } from '../ruleTester'
import { check } from '../test/helpers'
import { imageAlt } from './imageAlt'

const messages = async (html: string) =>
  (await check(html, 'a11y/image-alt', 'error')).map((f) => f.message)

test('passes: a describing alt text; a decorative image gets a hint to review, not an error', async () => {
  expect(await messages('<img src="/m/hus.jpg" alt="Kommunhuset en vinterdag">')).toEqual([])
  const decorative = await check('<img src="/m/linje.png" alt="">', 'a11y/image-alt', 'error')
  expect(decorative.map((f) => [f.severity, f.message])).toEqual([
    ['info', expect.stringMatching(/^Bilden linje\.png är markerad som dekorativ/)],
  ])
})

test.each([
  'Skärmavbild 2024-05-02 kl. 14.33.12',
  'Skärmbild (12)',
  'Screenshot 2024-05-02 at 14.33.12',
])('fails: a screenshot’s file name "%s" as alt', async (alt) => {
  expect(await messages(`<img src="/m/a.png" alt="${alt}">`)).toEqual([
    `Alternativtexten "${alt}" är en skärmbilds filnamn. Beskriv i stället vad bilden visar.`,
  ])
})

test('fails: alt text that repeats the caption', async () => {
  expect(
    await messages(
      '<figure><img src="/m/a.jpg" alt="Kommunhuset i snö"><figcaption>Kommunhuset i snö</figcaption></figure>',
    ),
  ).toEqual([expect.stringMatching(/^Alternativtexten är samma som bildtexten/)])
})

// ACT 23a2a8 (Image has non-empty accessible name): applicable only to images in the
// accessibility tree that are not presentational; a name from any source passes.
test.each([
  ['hidden with aria-hidden', '<img src="/m/a.jpg" aria-hidden="true">'],
  ['inside an aria-hidden part', '<div aria-hidden="true"><img src="/m/a.jpg"></div>'],
  ['display: none', '<img src="/m/a.jpg" style="display: none">'],
  ['visibility: hidden', '<img src="/m/a.jpg" style="visibility: hidden">'],
  ['role="presentation"', '<img src="/m/a.jpg" role="presentation">'],
  ['role="none"', '<img src="/m/a.jpg" role="none">'],
  ['named by aria-label', '<img src="/m/a.jpg" aria-label="Kommunhuset">'],
  [
    'named by aria-labelledby',
    '<p id="bildtext">Kommunhuset i snö</p><img src="/m/a.jpg" aria-labelledby="bildtext">',
  ],
  ['named by title', '<img src="/m/a.jpg" title="Kommunhuset">'],
])('passes (ACT 23a2a8): %s', async (_what, html) => {
  expect(await messages(html)).toEqual([])
})

test('fails (ACT 23a2a8): role="presentation" does not hold on a focusable image', async () => {
  expect(await messages('<img src="/m/karta.png" role="presentation" tabindex="0">')).toEqual([
    expect.stringMatching(/^Bilden karta\.png saknar alternativtext/),
  ])
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

// ACT e88epe: whether a hidden image is decorative is for the editor to say; a describing alt on
// a shown image kept from screen readers asks the question.
test('a hint: a shown image hidden from screen readers while its alt text describes it', async () => {
  const found = await check(
    '<img src="/m/logga.png" aria-hidden="true" alt="Kommunens logotyp">' +
      '<img src="/m/vapen.png" role="none" alt="Kommunvapnet">' +
      '<img src="/m/streck.png" aria-hidden="true" alt="">' +
      '<img src="/m/gammal.png" style="display: none" alt="Gammal logotyp">' +
      '<div hidden><img src="/m/dold.png" alt="Dold bild"></div>',
    'a11y/image-alt',
    'error',
  )
  expect(found.map((f) => [f.excerpt, f.severity])).toEqual([
    ['logga.png', 'info'],
    ['vapen.png', 'info'],
  ])
})

// ACT c487ae: a link is named by its title or aria-label too; its decorative image needs no alt.
test.each([
  ['<a href="/wai" title="Webbtillgänglighet hos W3C"><img src="/m/w3c.png" alt=""></a>'],
  ['<a href="/wai" aria-label="Webbtillgänglighet hos W3C"><img src="/m/w3c.png" alt=""></a>'],
])('passes: a linked decorative image in a link named otherwise: %s', async (html) => {
  expect(await check(html, 'a11y/image-alt', 'error')).toEqual([])
})

test('the suggestion drops "bild på"', async () => {
  const [finding] = await check('<img src="/a.jpg" alt="Bild på kommunhuset">', 'a11y/image-alt')
  expect(finding!.suggestion).toBe('Kommunhuset')
})

test('examples (rule tester)', () =>
  testA11yRule(imageAlt, {
    valid: [{ html: '<img src="/m/hus.jpg" alt="Kommunhuset en vinterdag">' }],
    invalid: [
      {
        findings: [{ message: /markerad som dekorativ/, severity: 'info' }],
        html: '<img src="/m/linje.png" alt="">',
      },
      {
        findings: [{ message: /^Bilden DSC_0042\.JPG saknar alternativtext/, wcag: '1.1.1' }],
        html: '<img src="/m/DSC_0042.JPG">',
      },
      { findings: [{ message: /är ett filnamn/ }], html: '<img src="/m/a.jpg" alt="IMG_2231">' },
    ],
  }))
