import { expect, test } from '@jest/globals'

import { doc, heading, link, list, paragraph, quote, text } from '../../../../seed/lexical'
import { extractLexical } from './lexical'

const node = (type: string, children: object[], extra: object = {}) => ({
  children,
  direction: 'ltr',
  format: '',
  indent: 0,
  type,
  version: 1,
  ...extra,
})

test('headings, paragraphs, links, lists, nested lists and quotes keep their paths', () => {
  const nestedList = list('bullet', ['Underpunkt'])
  const value = doc(
    heading('h2', 'Så ansöker du'),
    paragraph('Gå till ', link('e-tjänsten', 'https://e.exempel.se'), ' och logga in.'),
    list('number', ['Logga in.'], ['Skicka.']),
    quote('Tack!'),
  )
  // A nested list lives inside a list item, as Lexical stores it.
  ;(value.root.children as any[])[2].children[1].children.push(nestedList)

  expect(extractLexical(value, 'body')).toEqual([
    { kind: 'heading', level: 2, path: 'body.root.children.0', text: 'Så ansöker du' },
    { kind: 'paragraph', path: 'body.root.children.1', text: 'Gå till e-tjänsten och logga in.' },
    { kind: 'linkText', path: 'body.root.children.1.children.1', text: 'e-tjänsten' },
    { kind: 'listItem', path: 'body.root.children.2.children.0', text: 'Logga in.' },
    { kind: 'listItem', path: 'body.root.children.2.children.1', text: 'Skicka.' },
    {
      kind: 'listItem',
      path: 'body.root.children.2.children.1.children.1.children.0',
      text: 'Underpunkt',
    },
    { kind: 'quote', path: 'body.root.children.3', text: 'Tack!' },
  ])
})

test('table cells and image alt texts', () => {
  const cell = (t: string) => node('tablecell', [paragraph(t)], { headerState: 0 })
  const value = {
    root: node('root', [
      node('table', [node('tablerow', [cell('Dag'), cell('Tid')])]),
      {
        fields: null,
        relationTo: 'media',
        type: 'upload',
        value: { alt: 'Kommunhuset', id: 1 },
        version: 3,
      },
      { relationTo: 'media', type: 'upload', value: 7, version: 3 },
    ]),
  }
  expect(extractLexical(value, 'body')).toEqual([
    {
      kind: 'tableCell',
      path: 'body.root.children.0.children.0.children.0.children.0',
      text: 'Dag',
    },
    {
      kind: 'tableCell',
      path: 'body.root.children.0.children.0.children.1.children.0',
      text: 'Tid',
    },
    { kind: 'alt', path: 'body.root.children.1', text: 'Kommunhuset' },
  ])
})

test('line breaks become spaces and the language is passed on', () => {
  const value = doc(
    node('paragraph', [text('Rad ett'), { type: 'linebreak', version: 1 }, text('rad två')]) as any,
  )
  expect(extractLexical(value, 'body', 'en')).toEqual([
    { kind: 'paragraph', lang: 'en', path: 'body.root.children.0', text: 'Rad ett rad två' },
  ])
})

test('never throws on invalid input, and copes with very deep trees', () => {
  for (const bad of [
    null,
    undefined,
    42,
    'text',
    {},
    { root: null },
    { root: { children: 'x' } },
    { root: { children: [null, 1, { type: 'text' }] } },
  ]) {
    expect(() => extractLexical(bad, 'body')).not.toThrow()
  }
  let deep: any = paragraph('Längst in.')
  for (let i = 0; i < 20_000; i++) deep = node('quote', [deep])
  const blocks = extractLexical({ root: node('root', [deep]) }, 'body')
  expect(blocks.at(-1)?.text).toBe('Längst in.')
})

// Issue 15, item 3: no recursion on user-controlled depth.
test('links nested 50,000 deep give their text, not a stack overflow', () => {
  let node: Record<string, unknown> = { text: 'djupt', type: 'text' }
  for (let i = 0; i < 50_000; i++) node = { children: [node], type: 'link' }
  const value = { root: { children: [{ children: [node], type: 'paragraph' }], type: 'root' } }
  const blocks = extractLexical(value, 'body')
  expect(blocks.map((b) => b.text)).toContain('djupt')
})
