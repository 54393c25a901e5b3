import { expect, test } from '@jest/globals'

import { testA11yRule } from '../ruleTester'
import { excerpts } from '../test/helpers'
import { objectName } from './objectName'

const id = 'a11y/object-name'

test('passes (ACT 8fc3b6): named by aria-label, aria-labelledby or title', async () => {
  expect(
    await excerpts(
      '<object aria-label="Kommunens logotyp" data="/logo.png"></object>' +
        '<span id="k">Karta över Storgatan</span><object aria-labelledby="k" data="/karta.svg"></object>' +
        '<object title="Inspelning från fullmäktige" data="/kf.mp3"></object>',
      id,
    ),
  ).toEqual([])
})

test('fails: an image, a sound or a video without a name, fallback text or not', async () => {
  expect(
    await excerpts(
      '<object data="/logo.png"></object>' +
        '<object data="/kf.mp3" type="audio/mpeg"><p>Lyssna på mötet</p></object>' +
        '<object data="/film?id=4" type="video/mp4"></object>' +
        '<object data="/bild.jpg" aria-label=" "></object>',
      id,
    ),
  ).toEqual(['/logo.png', '/kf.mp3', '/film?id=4', '/bild.jpg'])
})

test('inapplicable: hidden, with a role of its own, or of a type the markup does not tell', async () => {
  expect(
    await excerpts(
      '<object data="/logo.png" aria-hidden="true"></object>' +
        '<div style="display:none"><object data="/logo.png"></object></div>' +
        '<object data="/logo.png" role="presentation"></object>' +
        '<object data="/taxa.pdf"></object>' +
        '<object data="/okand"></object>',
      id,
    ),
  ).toEqual([])
})

test('examples (rule tester)', () =>
  testA11yRule(objectName, {
    valid: [{ html: '<object data="/karta.png" title="Karta över Storgatan"></object>' }],
    invalid: [
      {
        findings: [{ message: /saknar namn/ }],
        html: '<object data="/karta.png"></object>',
      },
    ],
  }))
