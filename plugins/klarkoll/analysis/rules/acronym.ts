import type { RuleFinding } from '../rule'

import { defineRule, fieldRange } from '../rule'
import { wordText } from '../text/tokenize'

/** So well known that Myndigheternas skrivregler lets them stand unexplained. */
const known = new Set([
  'AB',
  'BankID',
  'CV',
  'EU',
  'FN',
  'ID',
  'IT',
  'OK',
  'PDF',
  'SMS',
  'TV',
  'USA',
  'WC',
])
const roman = /^[IVXLCDM]+$/

const isCapital = (c: number) => (c >= 65 && c <= 90) || c === 196 || c === 197 || c === 214
const isSmall = (c: number) => (c >= 97 && c <= 122) || c === 228 || c === 229 || c === 246

/**
 * "LSS", "SoL", "BAS-P": letters (and inner hyphens) only, two capitals or more, at least half
 * the letters capitals, at most five letters. Read by character codes: no string is built for
 * the ordinary words this sees at every sentence start.
 */
const isAcronym = (text: string, start: number, end: number) => {
  if (end - start > 6 || text.charCodeAt(start) === 45 || text.charCodeAt(end - 1) === 45) {
    return false
  }
  let capitals = 0
  let letters = 0
  for (let i = start; i < end; i++) {
    const c = text.charCodeAt(i)
    if (isCapital(c)) capitals++
    else if (!isSmall(c) && c !== 45) return false
    if (c !== 45) letters++
  }
  // Longer words in capitals are shouting (klarsprak/all-caps), not acronyms.
  return capitals >= 2 && capitals * 2 >= letters && letters <= 5
}

/**
 * An acronym (LSS, SoL, BAS-P) must be explained where it is first used:
 * "lagen om stöd och service (LSS)" or "LSS (lagen om stöd och service)". Its first use is
 * reported when no explanation comes with it; later uses are then fine.
 */
export const acronym = defineRule({
  area: 'klarsprak',
  check: ({ blocks }, { known: extra }) => {
    const ok = new Set([...known, ...extra])
    const seen = new Set<string>()
    const findings: RuleFinding[] = []
    for (const block of blocks) {
      const text = block.block.text
      for (const word of block.words) {
        if (word.isUrl || word.letters < 2 || word.letters > 5) continue
        if (!isCapital(text.charCodeAt(word.start))) continue
        if (!isAcronym(text, word.start, word.end)) continue
        const written = wordText(block, word)
        if (roman.test(written) || ok.has(written)) continue
        if (seen.has(written)) continue
        seen.add(written)
        // "(LSS)" after its words, or "LSS (…)" before them.
        const inParentheses = text[word.start - 1] === '(' && text[word.end] === ')'
        const followedByExplanation = /^\s*\(/u.test(text.slice(word.end, word.end + 3))
        if (inParentheses || followedByExplanation || block.block.kind === 'heading') continue
        findings.push({
          excerpt: written,
          message: `Förklara förkortningen "${written}" första gången den används, till exempel "lagen om stöd och service (LSS)". Alla läsare känner inte till den.`,
          path: block.block.path,
          range: fieldRange(block.block, word.start, word.end),
        })
      }
    }
    return findings
  },
  defaultOptions: { known: [] as string[] },
  optionsSchema: { known: { items: 'string' } },
  defaultSeverity: 'warning',
  id: 'klarsprak/acronym',
  meta: {
    help: 'Förkortningar i versaler förklaras första gången de används.',
    source: 'Myndigheternas skrivregler (Språkrådet 2014), avsnitt 11 Förkortningar',
    title: 'Oförklarad förkortning',
    titleEn: 'Unexplained acronym',
  },
})
