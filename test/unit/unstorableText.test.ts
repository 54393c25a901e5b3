import { describe, expect, test } from '@jest/globals'

import { unstorableText } from '../../lib/inputGuard/unstorableText'

const richText = (text: string) => ({
  root: { children: [{ children: [{ text, type: 'text' }], type: 'paragraph' }], type: 'root' },
})

describe('unstorableText', () => {
  test('ordinary text, emoji and Swedish letters pass', () => {
    expect(unstorableText({ body: richText('Hej 👋 åäö'), title: 'Öppettider', n: 5 })).toEqual([])
  })

  test('a NUL character is named with its field, at any depth', () => {
    expect(unstorableText({ title: 'a\u0000b' })).toEqual([
      {
        message:
          'title: innehåller tecknet NUL (\\u0000), som inte kan sparas. Ta bort det och försök igen.',
        path: 'title',
      },
    ])
    expect(unstorableText({ body: richText('x\u0000') })[0]!.path).toBe('body')
    expect(unstorableText({ rows: [{ ['nyckel\u0000']: 1 }] })[0]!.path).toBe('rows')
  })

  test('a lone surrogate is named; a pair is not', () => {
    expect(unstorableText({ body: richText('x\ud800') })[0]!.message).toMatch(/trasigt tecken/)
    expect(unstorableText({ body: richText('\udc00x') })).toHaveLength(1)
    expect(unstorableText({ body: richText('\ud83d\udc4b') })).toEqual([])
  })

  test('one problem per field, and very deep data does not overflow the stack', () => {
    let deep: unknown = 'slut\u0000'
    for (let i = 0; i < 100_000; i++) deep = { children: [deep] }
    expect(unstorableText({ body: deep, title: '\u0000\u0000' })).toHaveLength(2)
  })
})
