import { expect, test } from '@jest/globals'

import { testA11yRule } from '../ruleTester'
import { check } from '../test/helpers'
import { mediaReminder } from './mediaReminder'

test('passes: a map from the municipality’s own server, no media', async () => {
  expect(
    await check(
      '<iframe src="https://karta.exempelkommun.se/" title="Karta"></iframe><p>Text.</p>',
      'a11y/media-reminder',
    ),
  ).toEqual([])
})

test('reminds, never blocks: a YouTube video, a Datawrapper chart, a sound file', async () => {
  const found = await check(
    '<iframe src="https://www.youtube-nocookie.com/embed/abc" title="Film om bygglov"></iframe><iframe src="https://datawrapper.dwcdn.net/xYz/1/" title="Befolkning"></iframe><audio src="/podd.mp3" controls></audio>',
    'a11y/media-reminder',
    'error',
  )
  expect(found.map((f) => [f.severity, f.wcag, f.message.split(':')[0]])).toEqual([
    ['info', '1.2.2', 'En inbäddad video'],
    ['info', '1.1.1', 'Ett inbäddat diagram eller en karta'],
    ['info', '1.2.1', 'En ljudfil'],
  ])
})

test('examples (rule tester)', () =>
  testA11yRule(mediaReminder, {
    valid: [{ html: '<p>Ingen film här.</p>' }],
    invalid: [
      {
        findings: [{ message: /undertexter/, severity: 'info' }],
        html: '<iframe src="https://vimeo.com/123" title="Film"></iframe>',
      },
    ],
  }))
