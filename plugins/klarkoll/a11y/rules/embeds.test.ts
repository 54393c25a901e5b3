import { expect, test } from '@jest/globals'

import { testA11yRule } from '../ruleTester'
import { check } from '../test/helpers'
import { embeds } from './embeds'

test('passes: a titled frame and a captioned video', async () => {
  expect(
    await check(
      '<iframe src="https://karta.example" title="Karta över kommunhuset"></iframe><video src="/v.mp4"><track kind="captions" src="/v.vtt"></video>',
      'a11y/embeds',
    ),
  ).toEqual([])
})

test('fails: a frame without title, a video without captions', async () => {
  const found = await check(
    '<iframe src="https://karta.example"></iframe><video src="/v.mp4"></video>',
    'a11y/embeds',
  )
  expect(found.map((f) => f.wcag)).toEqual(['4.1.2', '1.2.2'])
})

test('examples (rule tester)', () =>
  testA11yRule(embeds, {
    valid: [
      {
        html: '<iframe src="https://karta.example" title="Karta över kommunhuset"></iframe><video src="/v.mp4"><track kind="captions" src="/v.vtt"></video>',
      },
    ],
    invalid: [
      {
        findings: [{ wcag: '4.1.2' }, { wcag: '1.2.2' }],
        html: '<iframe src="https://karta.example"></iframe><video src="/v.mp4"></video>',
      },
    ],
  }))
