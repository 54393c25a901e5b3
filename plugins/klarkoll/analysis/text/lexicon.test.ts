import { expect, test } from '@jest/globals'

import { analyze } from '../analyze'
import { lookup, pin, trimLexicon } from './lexicon'

test('one entry per lower-case word', () => {
  expect(lookup('förskola')).toBe(lookup('förskola'))
  expect(lookup('förskola')).not.toBe(lookup('förskolan'))
})

test('word-list entries survive trimming; other words are dropped once there are too many', () => {
  const listed = pin('erhålla')
  const first = lookup('ordsomintefinnsilistan')
  for (let i = 0; i < 100_001; i++) lookup(`slumpord${i}`)
  trimLexicon()
  expect(pin('erhålla')).toBe(listed)
  expect(lookup('ordsomintefinnsilistan')).not.toBe(first)
})

test('types are counted per analysis, however often the same words come back', () => {
  const text = 'Hej hej. Du du. Vi.'
  const once = analyze({ blocks: [{ kind: 'paragraph', path: 'p', text }] }).metrics.ovix
  for (let i = 0; i < 3; i++) {
    expect(analyze({ blocks: [{ kind: 'paragraph', path: 'p', text }] }).metrics.ovix).toBe(once)
  }
  // 5 words, 3 types
  expect(once).toBeCloseTo(Math.log(5) / Math.log(2 - Math.log(3) / Math.log(5)), 2)
})

test('krångelord still found after the lexicon was trimmed', () => {
  for (let i = 0; i < 100_001; i++) lookup(`fyllnad${i}`)
  const { findings } = analyze({
    blocks: [{ kind: 'paragraph', path: 'p', text: 'Du erhåller svar.' }],
  })
  expect(findings.map((f) => f.excerpt)).toContain('erhåller')
})
