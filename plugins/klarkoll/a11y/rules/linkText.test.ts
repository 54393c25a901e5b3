import { expect, test } from '@jest/globals'

import { testA11yRule } from '../ruleTester'
import { check, excerpts } from '../test/helpers'
import { linkText } from './linkText'

test('passes: link texts that say where they lead', async () => {
  expect(
    await excerpts('<p><a href="/bygglov">Läs mer om bygglov</a></p>', 'a11y/link-text'),
  ).toEqual([])
})

test.each([
  'Läs mer',
  'läs mer.',
  'Klicka här',
  'HÄR',
  'Mer information',
  'Ladda ner',
  'Läs mer (öppnas i nytt fönster)',
  'Se mer',
  'Info',
  'Tryck här',
  'Här',
])('fails: "%s" as the whole link text', async (text) => {
  expect(await excerpts(`<p>Bygglov. <a href="/b">${text}</a></p>`, 'a11y/link-text')).toEqual([
    text,
  ])
})

// ACT c487ae (Link has non-empty accessible name): the name comes from accname, so title,
// aria-labelledby and a contained image's aria-label or alt name a link.
test.each([
  ['title', '<a href="/bygglov" title="Bygglov och anmälan"><img src="/i.svg" alt=""></a>'],
  [
    'aria-labelledby',
    '<h2 id="rubrik">Bygglov</h2><a href="/bygglov" aria-labelledby="rubrik"><img src="/i.svg" alt=""></a>',
  ],
  ['an image’s aria-label', '<a href="/bygglov"><img src="/i.svg" aria-label="Bygglov"></a>'],
  ['an image’s alt', '<a href="/bygglov"><img src="/i.svg" alt="Bygglov"></a>'],
])('passes (ACT c487ae): a link named by %s', async (_what, html) => {
  expect(await check(html, 'a11y/link-text')).toEqual([])
})

test('fails (ACT 5effbb, aizyf1): an element with role="link" is a link too, and "Download" says nothing', async () => {
  const found = await check(
    '<span role="link" tabindex="0">Läs mer</span><a href="/taxa.pdf">Download</a>',
    'a11y/link-text',
  )
  expect(found.map((f) => f.excerpt)).toEqual(['Läs mer', 'Download'])
})

test('fails (ACT c487ae): an image with alt="" gives a link no name', async () => {
  const found = await check('<a href="/bygglov"><img src="/i.svg" alt=""></a>', 'a11y/link-text')
  expect(found.map((f) => f.message)).toEqual([expect.stringMatching(/^En länk har ingen text/)])
})

test.each(['→', '»', '...', '>'])('fails: only the symbol "%s"', async (symbol) => {
  const found = await check(`<p>Bygglov <a href="/b">${symbol}</a></p>`, 'a11y/link-text')
  expect(found.map((f) => f.message)).toEqual([
    `Länktexten är bara tecknet "${symbol}". Skriv med ord vart länken leder.`,
  ])
})

test('fails: an empty link, and a web address as text', async () => {
  const found = await check(
    '<p><a href="/x"></a> <a href="https://www.boverket.se/bygglov">https://www.boverket.se/bygglov</a></p>',
    'a11y/link-text',
  )
  expect(found.map((f) => f.message)).toEqual([
    expect.stringMatching(/^En länk har ingen text/),
    expect.stringMatching(/^Länktexten är en webbadress/),
  ])
})

test('a municipality extends the list', async () => {
  expect(
    await excerpts('<p><a href="/x">Till tjänsten</a></p>', 'a11y/link-text', [
      'warning',
      { extra: ['Till tjänsten'] },
    ]),
  ).toEqual(['Till tjänsten'])
})

test('examples (rule tester)', () =>
  testA11yRule(linkText, {
    valid: [{ html: '<p><a href="/bygglov">Läs mer om bygglov</a></p>' }],
    invalid: [
      { findings: [{ excerpt: 'Läs mer' }], html: '<p>Bygglov. <a href="/b">Läs mer</a></p>' },
      {
        findings: [{ excerpt: 'Till tjänsten' }],
        html: '<p><a href="/x">Till tjänsten</a></p>',
        options: { extra: ['Till tjänsten'] },
      },
    ],
  }))
