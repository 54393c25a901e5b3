import type { RuleFinding } from '../rule'
import type { TokenizedBlock } from '../text/tokenize'

import { defineRule } from '../rule'

/**
 * A long stretch of text without a subheading: readers on the web skim headings to find their
 * part. Only texts longer than `maxWords` are judged, so a short page needs no heading at all.
 */
export const subheadings = defineRule({
  area: 'klarsprak',
  check: ({ blocks }, { maxWords }) => {
    const total = blocks.reduce(
      (sum, { block, words }) => sum + (block.kind === 'heading' ? 0 : words.length),
      0,
    )
    if (total <= maxWords) return []
    const hasHeadings = blocks.some(({ block }) => block.kind === 'heading')
    const findings: RuleFinding[] = []
    let first: TokenizedBlock | undefined
    let words = 0
    const close = () => {
      if (first && words > maxWords) {
        findings.push({
          data: { maxWords, words },
          messageId: hasHeadings ? 'long' : 'none',
          path: first.block.path,
        })
      }
      first = undefined
      words = 0
    }
    for (const block of blocks) {
      if (block.block.kind === 'heading') {
        close()
        continue
      }
      if (block.block.kind === 'alt' || block.block.kind === 'linkText') continue
      first ??= block
      words += block.words.length
    }
    close()
    return findings
  },
  defaultOptions: { maxWords: 300 },
  optionsSchema: { maxWords: { integer: true, min: 50 } },
  defaultSeverity: 'warning',
  id: 'klarsprak/subheadings',
  messages: {
    long: 'Avsnittet har {words} ord utan mellanrubrik. Dela det med rubriker som säger vad som kommer, ungefär var {maxWords}:e ord.',
    none: 'Texten har {words} ord och inga mellanrubriker. Sätt rubriker som säger vad som kommer, ungefär var {maxWords}:e ord.',
  },
  meta: {
    help: 'Högst {maxWords} ord mellan rubrikerna.',
    source: 'Myndigheternas skrivregler (rubriker); Yoast SEO (rubrikfördelning)',
    title: 'Lång text utan mellanrubrik',
    titleEn: 'Long text without subheadings',
  },
})
