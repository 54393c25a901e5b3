import { expect, test } from '@jest/globals'

import { testA11yRule } from '../ruleTester'
import { excerpts } from '../test/helpers'
import { autoplay, playTime } from './autoplay'

const id = 'a11y/autoplay'

test('play time from a temporal media fragment, or unknown', () => {
  expect(playTime('/film.mp4#t=8,10')).toBe(2)
  expect(playTime('/film.mp4#t=npt:0:08,0:12')).toBe(4)
  expect(playTime('/ljud.mp3#t=,3')).toBe(3)
  expect(playTime('/ljud.mp3#t=1:00:00,1:00:02.5')).toBe(2.5)
  // A start only: how long the rest of the file plays is not in the markup.
  expect(playTime('/ljud.mp3#t=25')).toBeUndefined()
  expect(playTime('/ljud.mp3')).toBeUndefined()
  expect(playTime('/ljud.mp3#t=5,2')).toBeUndefined()
  expect(playTime('/ljud.mp3#t=abc,def')).toBeUndefined()
})

test('passes (ACT 80f0bf, 4c31df): controls to stop it, or muted', async () => {
  expect(
    await excerpts(
      '<audio src="/kf.mp3" autoplay controls></audio>' +
        '<video autoplay controls><source src="/film.mp4" type="video/mp4"></video>' +
        '<video src="/film.mp4" autoplay muted></video>',
      id,
    ),
  ).toEqual([])
})

test('passes (ACT aaa1bf): every source cut to at most 3 seconds', async () => {
  expect(
    await excerpts(
      '<video autoplay><source src="/film.mp4#t=8,10" type="video/mp4"><source src="/film.webm#t=8,10" type="video/webm"></video>' +
        '<audio src="/signal.mp3#t=0,3" autoplay></audio>',
      id,
    ),
  ).toEqual([])
})

test('inapplicable: no autoplay', async () => {
  expect(
    await excerpts('<video src="/film.mp4" controls></video><audio src="/a.mp3"></audio>', id),
  ).toEqual([])
})

test('fails: starts with sound and nothing stops it (length unknown is judged as long)', async () => {
  expect(
    await excerpts(
      '<audio src="/kf.mp3" autoplay></audio>' +
        '<video autoplay><source src="/film.mp4#t=8,20" type="video/mp4"></video>' +
        '<audio src="/ljud.mp3#t=25" autoplay="true"></audio>' +
        '<video autoplay><source src="/kort.mp4#t=0,2"><source src="/lang.webm"></video>',
      id,
    ),
  ).toEqual(['/kf.mp3', '/film.mp4#t=8,20', '/ljud.mp3#t=25', '/kort.mp4#t=0,2'])
})

test('examples (rule tester)', () =>
  testA11yRule(autoplay, {
    valid: [{ html: '<video src="/film.mp4" autoplay muted></video>' }],
    invalid: [
      {
        findings: [{ message: /^Videon startar av sig själv/ }],
        html: '<video src="/film.mp4" autoplay></video>',
      },
      {
        findings: [{ message: /^Ljudet startar av sig själv/ }],
        html: '<audio src="/kf.mp3" autoplay></audio>',
      },
    ],
  }))
