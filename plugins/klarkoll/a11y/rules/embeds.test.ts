import { expect, test } from '@jest/globals'

import { testA11yRule } from '../ruleTester'
import { check } from '../test/helpers'
import { embeds } from './embeds'

test('passes: a titled frame', async () => {
  expect(
    await check(
      '<iframe src="https://karta.example" title="Karta över kommunhuset"></iframe>',
      'a11y/embeds',
    ),
  ).toEqual([])
})

test('fails: a frame without title (a video is a11y/video-captions)', async () => {
  const found = await check(
    '<iframe src="https://karta.example"></iframe><video src="/v.mp4"></video>',
    'a11y/embeds',
  )
  expect(found.map((f) => f.wcag)).toEqual(['4.1.2'])
})

// ACT cae760 (Iframe element has non-empty accessible name): any accname source counts; frames
// outside the accessibility tree need none.
test.each([
  [
    'aria-label',
    '<iframe src="https://karta.example" aria-label="Karta över kommunhuset"></iframe>',
  ],
  [
    'aria-labelledby',
    '<h2 id="karta">Karta över kommunhuset</h2><iframe src="https://karta.example" aria-labelledby="karta"></iframe>',
  ],
  ['aria-hidden', '<iframe src="https://karta.example" aria-hidden="true"></iframe>'],
  ['display: none', '<iframe src="https://karta.example" style="display: none"></iframe>'],
  ['tabindex="-1"', '<iframe src="https://karta.example" tabindex="-1"></iframe>'],
  ['role="none"', '<iframe src="https://karta.example" role="none"></iframe>'],
  ['role="presentation"', '<iframe src="https://karta.example" role="presentation"></iframe>'],
])('passes (ACT cae760): a frame with %s', async (_what, html) => {
  expect(await check(html, 'a11y/embeds')).toEqual([])
})

test('fails (ACT cae760): an empty title is no name', async () => {
  const found = await check(
    '<iframe src="https://karta.example" title=" "></iframe>',
    'a11y/embeds',
  )
  expect(found.map((f) => f.wcag)).toEqual(['4.1.2'])
})

test('examples (rule tester)', () =>
  testA11yRule(embeds, {
    valid: [
      { html: '<iframe src="https://karta.example" title="Karta över kommunhuset"></iframe>' },
    ],
    invalid: [
      {
        findings: [{ wcag: '4.1.2' }],
        html: '<iframe src="https://karta.example"></iframe>',
      },
    ],
  }))
