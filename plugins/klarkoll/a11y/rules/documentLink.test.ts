import { expect, test } from '@jest/globals'

import { testA11yRule } from '../ruleTester'
import { check } from '../test/helpers'
import { documentLink } from './documentLink'

test('passes: ordinary links', async () => {
  expect(await check('<a href="/bygglov">Bygglov</a>', 'a11y/document-link')).toEqual([])
})

test('fails: a PDF link without the format named, with the DOS-lagen reminder', async () => {
  const [finding] = await check(
    '<a href="/files/taxa.pdf?v=2">Taxa för bygglov</a>',
    'a11y/document-link',
  )
  expect(finding).toMatchObject({ suggestion: 'Taxa för bygglov (PDF)', wcag: '2.4.4' })
  expect(finding!.message).toMatch(/säger inte det.*DOS-lagen/)
})

test.each([
  ['/a.docx', 'Word'],
  ['/a.xlsx', 'Excel'],
  ['/a.pptx', 'PowerPoint'],
  ['/a.odt', 'ODF'],
])('%s is a %s document', async (href, format) => {
  const [finding] = await check(`<a href="${href}">Blankett</a>`, 'a11y/document-link')
  expect(finding!.suggestion).toBe(`Blankett (${format})`)
})

test('a link text that says nothing is not kept in the suggestion: "Klicka här (PDF)" says nothing either', async () => {
  const [finding] = await check('<a href="/taxa.pdf">Klicka här</a>', 'a11y/document-link')
  expect(finding!.suggestion).toBe('Blankett för ansökan (PDF)')
  expect(finding!.message).toMatch(/Skriv vad dokumentet är och formatet i länktexten/)
})

test('a named format still gets the reminder to publish as HTML', async () => {
  const [finding] = await check('<a href="/taxa.pdf">Taxa (PDF, 200 kB)</a>', 'a11y/document-link')
  expect(finding!.suggestion).toBeUndefined()
  expect(finding!.message).toMatch(/publicera helst innehållet som en webbsida/)
})

test('examples (rule tester)', () =>
  testA11yRule(documentLink, {
    valid: [{ html: '<a href="/bygglov">Bygglov</a>' }],
    invalid: [
      {
        findings: [
          {
            message: /säger inte det.*DOS-lagen/,
            suggestion: 'Taxa för bygglov (PDF)',
            wcag: '2.4.4',
          },
        ],
        html: '<a href="/files/taxa.pdf?v=2">Taxa för bygglov</a>',
      },
      {
        findings: [{ message: /publicera helst innehållet som en webbsida/ }],
        html: '<a href="/taxa.pdf">Taxa (PDF, 200 kB)</a>',
      },
    ],
  }))
