import type { RuleFinding } from '../rule'

import { atWords, defineRule, fieldRange } from '../rule'
import { newSlot, pin } from '../text/lexicon'
import { abbreviationsToWriteOut } from '../text/abbreviations'
import { wordText } from '../text/tokenize'

// Each abbreviation's written-out form lives on its lexicon entry: one look-up per word in all.
const slot = newSlot()
for (const [short, full] of abbreviationsToWriteOut) pin(short).data[slot] = full

export const abbreviation = defineRule({
  area: 'klarsprak',
  check: ({ blocks }) => {
    const findings: RuleFinding[] = []
    for (const block of blocks) {
      for (const word of block.words) {
        const full = word.entry.data?.[slot] as string | undefined
        if (!full) continue
        // "mm" and "tex" are also words (millimetre, textile): only with a dot after them.
        const dotted = block.block.text.charCodeAt(word.end) === 46
        if ((word.lower === 'mm' || word.lower === 'tex') && !dotted) continue
        const finding = atWords(block, word, word, {
          message: `Skriv ut förkortningen "${wordText(block, word)}${dotted ? '.' : ''}": "${full}".`,
          replacement: full,
          suggestion: full,
        })
        if (dotted) {
          finding.range = fieldRange(block.block, word.start, word.end + 1)
          finding.excerpt = `${wordText(block, word)}.`
        }
        findings.push(finding)
      }
    }
    return findings
  },
  defaultOptions: {},
  defaultSeverity: 'warning',
  id: 'klarsprak/abbreviation',
  meta: {
    help: 'Skriv ut förkortningar som t.ex., bl.a. och p.g.a.',
    source: 'Myndigheternas skrivregler; Språkrådet',
    title: 'Förkortning',
    titleEn: 'Abbreviation',
  },
})
