import { expect, test } from '@jest/globals'

import { checkHtmlAccessibility } from '../checkHtml'
import { testA11yRule } from '../ruleTester'
import { excerpts, only } from '../test/helpers'
import { passageLanguage } from './passageLanguage'

const id = 'a11y/passage-language'

test('passes: Swedish text, and English marked as English', async () => {
  expect(
    await excerpts(
      '<p>Kommunen erbjuder hjälp med boende, skola och omsorg för alla som bor här.</p>' +
        '<p lang="en">The municipality offers help with housing, school and care.</p>' +
        '<blockquote lang="en-GB"><p>Read more about our services for residents.</p></blockquote>' +
        '<p>Vi använder Microsoft Teams och Zoom för digitala möten med handläggare.</p>' +
        // A Swedish sentence naming an English title is Swedish.
        '<p>Läs rapporten The Role of Local Government på biblioteket.</p>' +
        '<p>Rapporten The Role of Local Government in Climate Adaptation finns på biblioteket.</p>' +
        '<p>Vi visar The Sound of Music i Folkets hus på lördag klockan 15.</p>' +
        "<p>Harry Potter and the Philosopher's Stone finns att låna på biblioteket.</p>" +
        '<p>Google Workspace for Education används av alla elever i skolan.</p>' +
        '<p>Citatet <span lang="en">“The municipality offers help with housing, school and care”</span> kommer från rapporten.</p>',
      id,
    ),
  ).toEqual([])
})

test('fails: an English paragraph, list item or heading on a Swedish page without lang', async () => {
  expect(
    await excerpts(
      '<h2>Information in English about the school application</h2>' +
        '<p>The municipality offers help with housing, school and care.</p>' +
        '<ul><li>Read more about our services for residents.</li></ul>' +
        '<p>Opening hours: Monday to Friday, 8 am – 5 pm. Closed on public holidays.</p>',
      id,
    ),
  ).toEqual([
    'Information in English about the school application',
    'The municipality offers help with housing, school and care.',
    'Read more about our services for residents.',
    'Opening hours: Monday to Friday, 8 am – 5 pm. Closed on public holidays.',
  ])
})

test('on an English page, a Swedish passage without lang="sv" is reported, English is not', async () => {
  const html =
    '<p>The municipality offers help with housing, school and care.</p>' +
    '<p>Kommunen erbjuder hjälp med boende, skola och omsorg för alla som bor här.</p>'
  const found = await checkHtmlAccessibility(html, { lang: 'en', path: 'body', settings: only(id) })
  expect(found.map((f) => [f.excerpt, f.wcag])).toEqual([
    ['Kommunen erbjuder hjälp med boende, skola och omsorg för alla som bor här.', '3.1.2'],
  ])
  expect(found[0]!.message).toMatch(/på svenska/)
})

test('not judged: short texts, addresses, code, hidden text, other languages than sv and en', async () => {
  expect(
    await excerpts(
      '<p>Welcome to our website</p>' +
        '<p>Kontakt: https://www.example.com/english/information-for-visitors-and-residents</p>' +
        '<p><code>const municipality = offers.help(with.housing, school, care)</code></p>' +
        '<p hidden>The municipality offers help with housing, school and care.</p>' +
        '<pre>The municipality offers help with housing, school and care.</pre>' +
        '<div lang="fi"><p>The municipality offers help with housing, school and care.</p></div>',
      id,
    ),
  ).toEqual([])
})

test('a Finnish page is not told its Finnish is English', async () => {
  const found = await checkHtmlAccessibility(
    '<p>Kunta tarjoaa apua asumiseen, kouluun ja hoivaan kaikille asukkaille.</p>',
    { lang: 'fi', path: 'body', settings: only(id) },
  )
  expect(found).toEqual([])
})

test('examples (rule tester)', () =>
  testA11yRule(passageLanguage, {
    valid: [
      { html: '<p lang="en">The municipality offers help with housing, school and care.</p>' },
    ],
    invalid: [
      {
        findings: [{ message: /ser ut att vara på engelska/ }],
        html: '<p>The municipality offers help with housing, school and care.</p>',
      },
    ],
  }))
