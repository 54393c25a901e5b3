import { expect, test } from '@jest/globals'

import { checkHtmlAccessibility } from '../checkHtml'
import { testA11yRule } from '../ruleTester'
import { excerpts } from '../test/helpers'
import { videoCaptions } from './videoCaptions'

const id = 'a11y/video-captions'

test('passes: captions or subtitles as a track', async () => {
  expect(
    await excerpts(
      '<video src="/kf.mp4"><track kind="captions" src="/kf.vtt" srclang="sv"></video>' +
        '<video src="/kf-en.mp4"><track kind="subtitles" src="/kf.vtt" srclang="sv"></video>',
      id,
    ),
  ).toEqual([])
})

test('inapplicable: a hidden video', async () => {
  expect(
    await excerpts(
      '<video src="/a.mp4" style="display:none"></video><video src="/b.mp4" aria-hidden="true"></video>',
      id,
    ),
  ).toEqual([])
})

test('fails: no track, or a track of chapters only', async () => {
  expect(
    await excerpts(
      '<video src="/kf.mp4"></video><video><source src="/film.mp4" type="video/mp4"><track kind="chapters" src="/k.vtt"></video>',
      id,
    ),
  ).toEqual(['/kf.mp4', '/film.mp4'])
})

test('a warning: burnt-in captions or a silent video cannot be told from the markup', async () => {
  const found = await checkHtmlAccessibility('<video src="/kf.mp4" controls></video>', {
    path: 'body',
    settings: { 'a11y/axe': 'off' },
  })
  expect(found.filter((f) => f.ruleId === id).map((f) => f.severity)).toEqual(['warning'])
  expect(found.filter((f) => f.severity === 'error')).toEqual([])
})

test('examples (rule tester)', () =>
  testA11yRule(videoCaptions, {
    valid: [{ html: '<video src="/v.mp4"><track kind="captions" src="/v.vtt"></video>' }],
    invalid: [
      {
        findings: [{ message: /ingen textfil med undertexter/ }],
        html: '<video src="/v.mp4"></video>',
      },
    ],
  }))
