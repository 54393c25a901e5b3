import { describe, expect, test } from '@jest/globals'

import { lexicalLimits, lexicalProblem } from '../../lib/inputGuard/lexicalProblem'

const text = (value: unknown) => ({ text: value, type: 'text', version: 1 })
const paragraph = (...children: unknown[]) => ({ children, type: 'paragraph', version: 1 })
const doc = (...children: unknown[]) => ({ root: { children, type: 'root', version: 1 } })

describe('lexicalProblem', () => {
  test('accepts empty values and ordinary documents', () => {
    expect(lexicalProblem(null)).toBeNull()
    expect(lexicalProblem(undefined)).toBeNull()
    expect(lexicalProblem(doc(paragraph(text('Hej')), paragraph()))).toBeNull()
  })

  test.each([
    ['a string', 'hej', /saknar "root"/],
    ['no root', { foo: 1 }, /saknar "root"/],
    ['a root of another type', { root: { children: [], type: 'paragraph' } }, /typen root/],
    ['children that are not a list', { root: { children: 'x', type: 'root' } }, /typen root/],
    ['a node without a type', doc({ children: [] }), /saknar typ/],
    ['a node that is not an object', doc(5), /saknar typ/],
    ['text that is not a string', doc(paragraph(text(5))), /inte en sträng/],
    [
      'nested children that are not a list',
      doc({ children: {}, type: 'list' }),
      /ska vara en lista/,
    ],
  ])('refuses %s', (_name, value, message) => {
    expect(lexicalProblem(value)).toMatch(message)
  })

  test('refuses more text than a page can hold, counted across nodes', () => {
    const half = 'a'.repeat(lexicalLimits.textCharacters / 2)
    expect(lexicalProblem(doc(paragraph(text(half)), paragraph(text(half))))).toBeNull()
    expect(lexicalProblem(doc(paragraph(text(half)), paragraph(text(`${half}a`))))).toMatch(
      /för lång/,
    )
  })

  test('refuses deep nesting without running out of stack', () => {
    let shallow: unknown = text('ok')
    for (let i = 0; i < lexicalLimits.depth - 1; i++) shallow = paragraph(shallow)
    expect(lexicalProblem(doc(shallow))).toBeNull()
    let deep: unknown = text('djupt')
    for (let i = 0; i < 100_000; i++) deep = paragraph(deep)
    expect(lexicalProblem(doc(deep))).toMatch(/nästlat i mer än 50 nivåer/)
  })

  test('refuses too many nodes', () => {
    const many = Array.from({ length: lexicalLimits.nodes }, () => text('x'))
    expect(lexicalProblem(doc(paragraph(...many)))).toMatch(/fler än/)
  })
})
