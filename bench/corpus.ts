import fs from 'node:fs'
import path from 'node:path'

import { seedPages } from '../seed/pages'
import { plainText } from '../seed/lexical'

// From the project root (npm runs benchmarks there; the bundle itself lives under node_modules).
const seedsDir = path.resolve(process.cwd(), 'test/fixtures/policies')

export const usesSeedPolicies = () => fs.existsSync(seedsDir)

/** Real Swedish prose: the five service policies, or the demo pages if they are missing. */
export const sourceTexts = (): string[] => {
  if (usesSeedPolicies()) {
    return fs
      .readdirSync(seedsDir)
      .filter((file) => file.endsWith('.txt'))
      .sort()
      .map((file) => fs.readFileSync(path.join(seedsDir, file), 'utf8'))
  }
  return seedPages.map(
    (page) => `${page.title}\n\n${page.ingress ?? ''}\n\n${plainText(page.body)}`,
  )
}

/** A deterministic pseudo-random generator, so every run measures the same pages. */
const random = (seed: number) => () => {
  seed = (seed * 1_103_515_245 + 12_345) % 2_147_483_648
  return seed / 2_147_483_648
}

/**
 * Generated pages of about `words` words: paragraphs of real sentences from the sources, in a
 * shuffled order, with a heading every few paragraphs.
 */
export const generatePages = (count: number, words: number, seed = 1): string[][] => {
  const sentences = sourceTexts()
    .flatMap((text) => text.split(/(?<=[.!?])\s+/))
    .map((s) => s.replace(/\s+/g, ' ').trim())
    .filter((s) => s.split(' ').length >= 3)
  const next = random(seed)
  return Array.from({ length: count }, () => {
    const paragraphs: string[] = []
    let total = 0
    while (total < words) {
      if (paragraphs.length % 4 === 0) paragraphs.push('Så här gör du')
      const paragraph: string[] = []
      for (let i = 0; i < 4 && total < words; i++) {
        const sentence = sentences[Math.floor(next() * sentences.length)]!
        paragraph.push(sentence)
        total += sentence.split(' ').length
      }
      paragraphs.push(paragraph.join(' '))
    }
    return paragraphs
  })
}
