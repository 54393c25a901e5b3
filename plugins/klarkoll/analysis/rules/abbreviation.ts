import type { RuleFinding } from '../rule'

import { atWords, defineRule } from '../rule'
import { newSlot, pin } from '../text/lexicon'
import { wordText } from '../text/tokenize'

/** Abbreviations to write out, keyed without their last dot. */
export const abbreviationsToWriteOut = new Map<string, string>(
  Object.entries({
    'bl.a': 'bland annat',
    ca: 'cirka',
    'd.v.s': 'det vill säga',
    dvs: 'det vill säga',
    'e.d': 'eller dylikt',
    enl: 'enligt',
    etc: 'och så vidare',
    exkl: 'exklusive',
    'f.d': 'före detta',
    'f.n': 'för närvarande',
    'fr.o.m': 'från och med',
    inkl: 'inklusive',
    jfr: 'jämför',
    'm.fl': 'med flera',
    mfl: 'med flera',
    'm.m': 'med mera',
    mm: 'med mera',
    'o.d': 'och dylikt',
    'o.s.v': 'och så vidare',
    osv: 'och så vidare',
    'p.g.a': 'på grund av',
    pga: 'på grund av',
    resp: 'respektive',
    's.k': 'så kallad',
    't.ex': 'till exempel',
    tex: 'till exempel',
    't.o.m': 'till och med',
    ang: 'angående',
  }),
)

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
          suggestion: full,
        })
        if (dotted) {
          finding.range = { end: word.end + 1, start: word.start }
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
