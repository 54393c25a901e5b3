import { describe, expect, test } from '@jest/globals'
import fc from 'fast-check'

import type { Block } from '../types'

import { analyze } from '../analyze'
import { tokenize } from '../text/tokenize'

const kinds: Block['kind'][] = [
  'heading',
  'paragraph',
  'listItem',
  'tableCell',
  'quote',
  'linkText',
  'alt',
]

const block = fc.record({
  kind: fc.constantFrom(...kinds),
  lang: fc.constantFrom(undefined, 'sv', 'en'),
  path: fc.string({ maxLength: 10 }),
  // Full Unicode, lone surrogates included.
  text: fc.oneof(
    fc.string({ maxLength: 300, unit: 'binary' }),
    fc.string({ maxLength: 300, unit: 'grapheme' }),
    fc
      .array(
        fc.constantFrom(
          'Ansökan',
          'skickas',
          't.ex.',
          'm.m.',
          '8.00',
          'Å',
          'ÖPPET',
          '.',
          '?',
          ':',
          ' ',
          '\n',
          'www.x.se',
          'a@b.se',
          '–',
          '/',
          '1.',
          'man',
          'i enlighet med',
        ),
        { maxLength: 60 },
      )
      .map((parts) => parts.join(' ')),
  ),
})

describe('never throws, and every finding points into its block', () => {
  test('random documents', () => {
    fc.assert(
      fc.property(
        fc.array(block, { maxLength: 6 }),
        fc.option(fc.string(), { nil: undefined }),
        (blocks, ingress) => {
          const { findings, metrics } = analyze({
            blocks: blocks as Block[],
            ingress: ingress === undefined ? undefined : { path: 'ingress', text: ingress },
          })
          expect(metrics.sentences).toBeLessThanOrEqual(metrics.words)
          expect(metrics.lix === null || Number.isFinite(metrics.lix)).toBe(true)
          expect(metrics.ovix === null || Number.isFinite(metrics.ovix)).toBe(true)
          for (const finding of findings) {
            if (!finding.range || finding.path === 'ingress') continue
            const source = blocks.find(
              (b) =>
                b.path === finding.path &&
                b.text.slice(finding.range!.start, finding.range!.end) === finding.excerpt,
            )
            expect(source).toBeDefined()
          }
        },
      ),
      { numRuns: 400 },
    )
  })

  test('words lie inside the text, in order, without overlapping', () => {
    fc.assert(
      fc.property(fc.string({ maxLength: 400, unit: 'binary' }), (text) => {
        const { sentences, words } = tokenize({ kind: 'paragraph', path: 'p', text })
        let previous = 0
        for (const word of words) {
          expect(word.start).toBeGreaterThanOrEqual(previous)
          expect(word.end).toBeGreaterThan(word.start)
          expect(text.slice(word.start, word.end).toLowerCase()).toBe(word.lower)
          previous = word.end
        }
        expect(sentences.reduce((sum, s) => sum + s.endWord - s.firstWord, 0)).toBe(words.length)
      }),
      { numRuns: 500 },
    )
  })

  test('bad input shapes', () => {
    for (const input of [
      undefined,
      null,
      {},
      { blocks: 'x' },
      { blocks: [null, 1, { text: 5 }, { kind: 'paragraph' }] },
    ]) {
      expect(() => analyze(input as never)).not.toThrow()
    }
  })
})

// Each input would take seconds or hang with a backtracking expression or a quadratic pass;
// the timeout is a bound against that, not a speed measurement (bench/ measures speed).
describe('adversarial inputs', () => {
  const cases: Array<[string, string]> = [
    ['1 MB without spaces', 'a'.repeat(1_000_000)],
    ['1 MB of "as" (passive ending)', 'as'.repeat(500_000)],
    ['100,000 dots', '.'.repeat(100_000)],
    ['100,000 abbreviations', 't.ex. '.repeat(100_000)],
    ['100,000 "m.m." (look ahead after each)', 'm.m. '.repeat(100_000)],
    ['many @ without a dot', 'a@'.repeat(200_000)],
    ['emoji', '😀 Öppet 👍🏽 i dag! '.repeat(20_000)],
    ['right-to-left text', 'مرحبا بكم في البلدية. שלום עולם. '.repeat(10_000)],
    ['NUL and control characters', '\u0000Hej\u0001 då\u0007.\u0000'.repeat(50_000)],
    ['lone surrogates', '\ud800a\udc00 b\ud83d. '.repeat(50_000)],
    ['one million letters in capitals', 'Å'.repeat(1_000_000)],
    ['one million digits (number format)', '1'.repeat(1_000_000)],
    ['clock times without end', '08:00–'.repeat(100_000)],
    ['thousands groups without a unit', '1.000'.repeat(200_000)],
    ['ISO dates back to back', '2026-12-24'.repeat(100_000)],
    ['acronyms', 'LSS SoL BAS-P '.repeat(50_000)],
  ]
  test.each(cases)(
    '%s',
    (_, text) => {
      const result = analyze({
        blocks: [{ kind: 'paragraph', path: 'p', text }],
        ingress: { path: 'i', text },
      })
      expect(result.metrics.words).toBeGreaterThanOrEqual(0)
    },
    10_000,
  )
})
