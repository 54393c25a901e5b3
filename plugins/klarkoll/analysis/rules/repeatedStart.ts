import type { RuleFinding } from '../rule'
import type { Sentence, TokenizedBlock } from '../text/tokenize'

import { defineRule, fieldRange } from '../rule'

type Run = { block: TokenizedBlock; sentence: Sentence }[]

/**
 * Consecutive sentences that begin with the same word read as a list read aloud ("Du … Du … Du
 * …"). Runs continue from one paragraph to the next; headings, list items and table cells break
 * them (a list's items may well start alike).
 */
export const repeatedStart = defineRule({
  area: 'klarsprak',
  check: ({ blocks }, { min }) => {
    const findings: RuleFinding[] = []
    let run: Run = []
    let first = ''
    const close = () => {
      if (run.length >= min) {
        const start = run[0]!
        const word = start.block.words[start.sentence.firstWord]!
        findings.push({
          excerpt: start.block.block.text.slice(word.start, word.end),
          message: `${run.length} meningar i rad börjar med "${start.block.block.text.slice(word.start, word.end)}". Variera början, så flyter texten bättre.`,
          path: start.block.block.path,
          range: fieldRange(start.block.block, word.start, word.end),
        })
      }
      run = []
      first = ''
    }
    for (const block of blocks) {
      if (block.block.kind !== 'paragraph' && block.block.kind !== 'quote') {
        close()
        continue
      }
      for (const sentence of block.sentences) {
        const word = block.words[sentence.firstWord]
        if (!word || sentence.endWord <= sentence.firstWord) continue
        if (word.lower !== first) {
          close()
          first = word.lower
        }
        run.push({ block, sentence })
      }
    }
    close()
    return findings
  },
  defaultOptions: { min: 3 },
  optionsSchema: { min: { integer: true, min: 2 } },
  defaultSeverity: 'warning',
  id: 'klarsprak/repeated-start',
  meta: {
    help: 'Högst {min} meningar i rad bör börja med samma ord.',
    source: 'Yoast SEO (läsbarhetsanalysen för svenska: "Consecutive sentences")',
    title: 'Meningar i rad börjar likadant',
    titleEn: 'Consecutive sentences start alike',
  },
})
