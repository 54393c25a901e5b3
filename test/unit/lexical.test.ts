import { expect, test } from '@jest/globals'

import { doc, heading, link, list, paragraph, plainText, quote } from '../../seed/lexical'

test('builds the Lexical JSON Payload stores and reads it back as text', () => {
  const value = doc(
    heading('h2', 'Så ansöker du'),
    paragraph('Fyll i ', link('e-tjänsten', 'https://e.exempelkommun.se'), ' och skicka.'),
    list('number', ['Logga in.'], ['Skicka.']),
    quote('Tack!'),
  )
  const [h, p, l] = value.root.children as Array<Record<string, any>>
  expect(h).toMatchObject({ tag: 'h2', type: 'heading' })
  expect(p.children[1]).toMatchObject({
    fields: { linkType: 'custom', newTab: false, url: 'https://e.exempelkommun.se' },
    type: 'link',
  })
  expect(l).toMatchObject({ listType: 'number', tag: 'ol' })
  expect(l.children.map((item: { value: number }) => item.value)).toEqual([1, 2])
  expect(plainText(value)).toBe(
    ['Så ansöker du', 'Fyll i e-tjänsten och skicka.', 'Logga in.', 'Skicka.', 'Tack!'].join('\n'),
  )
})

test('plainText tolerates anything', () => {
  expect(plainText(null)).toBe('')
  expect(plainText({ root: { children: 'no' } })).toBe('')
})
