import { describe, expect, test } from '@jest/globals'
import fs from 'node:fs'
import path from 'node:path'
import { fileURLToPath } from 'node:url'

import { analyze } from '../analyze'
import { textToBlocks } from '../extract/plainText'

// The five real service policies (copied from the project brief's seeds into the repository, so
// a clean clone anywhere has them): real municipal prose, not all easy to read.
const seedsDir = path.resolve(
  path.dirname(fileURLToPath(import.meta.url)),
  '../../../../test/fixtures/policies',
)
const seeds = fs.existsSync(seedsDir)
  ? fs
      .readdirSync(seedsDir)
      .filter((file) => file.endsWith('.txt'))
      .sort()
  : []

const analyseSeed = (file: string) => {
  const text = fs.readFileSync(path.join(seedsDir, file), 'utf8')
  const blocks = textToBlocks(text, 'policy')
  return { blocks, result: analyze({ blocks }) }
}

// Counted by this engine when the rules were written; a change here is a change in counting.
// (Headings and table-of-contents lines on their own line became their own units in issue 18.)
const expected: Record<string, { lix: number; sentences: number; words: number }> = {
  '000_1f595582fdb507c5.txt': { lix: 52.87, sentences: 51, words: 496 },
  '001_9fef25d5dedf6c4a.txt': { lix: 43.67, sentences: 110, words: 1124 },
  '002_05eb1ba7d97551ec.txt': { lix: 46.77, sentences: 48, words: 566 },
  '003_bef216eb750d99fa.txt': { lix: 46.99, sentences: 198, words: 2100 },
  '004_f4ef640e07bbc392.txt': { lix: 47.79, sentences: 57, words: 583 },
}

test('all five seed policies are there', () => {
  expect(seeds).toEqual(Object.keys(expected))
})

describe.each(Object.keys(expected))('%s', (file) => {
  test('counts words and sentences the documented way', () => {
    const { result } = analyseSeed(file)
    expect({
      lix: result.metrics.lix,
      sentences: result.metrics.sentences,
      words: result.metrics.words,
    }).toEqual(expected[file])
  })

  test('sane: medium difficulty, some long sentences, nothing impossible', () => {
    const { metrics } = analyseSeed(file).result
    expect(metrics.lixBand).toMatch(/^(medelsvår|svår)$/)
    expect(metrics.avgSentenceLength).toBeGreaterThan(5)
    expect(metrics.avgSentenceLength).toBeLessThan(20)
    expect(metrics.longSentenceShare).toBeGreaterThan(0)
    expect(metrics.passiveShare).toBeGreaterThan(0)
    expect(metrics.passiveShare).toBeLessThan(0.5)
    expect(metrics.ovix).toBeGreaterThan(40)
  })

  test('every finding points at the words it quotes, and runs are repeatable', () => {
    const { blocks, result } = analyseSeed(file)
    expect(result.findings.length).toBeGreaterThan(5)
    for (const finding of result.findings) {
      if (!finding.range) continue
      // Ranges count from the start of the field: a block's own offset is taken off.
      const block = blocks.find(
        (b) =>
          b.path === finding.path &&
          b.text.slice(
            finding.range!.start - (b.offset ?? 0),
            finding.range!.end - (b.offset ?? 0),
          ) === finding.excerpt,
      )
      expect(block ? 'ok' : finding).toBe('ok')
    }
    expect(analyseSeed(file).result).toEqual(result)
  })
})

test('Salem: bureaucratic words, abbreviations and "man" are found', () => {
  const { findings } = analyseSeed('002_05eb1ba7d97551ec.txt').result
  const excerpts = (id: string) => findings.filter((f) => f.ruleId === id).map((f) => f.excerpt)
  expect(excerpts('klarsprak/abbreviation')).toEqual(expect.arrayContaining(['p.g.a.', 'm.m.']))
  expect(excerpts('klarsprak/krangelord')).toEqual(expect.arrayContaining(['skall']))
  expect(excerpts('klarsprak/tone')).toEqual(expect.arrayContaining(['man']))
})
