import type { PassiveHit } from '../text/passive'

import { atWords, defineRule } from '../rule'
import { wordText } from '../text/tokenize'
import { activePresent } from '../text/verbLexicon'

/** "vi skickar" for "skickas": the verb's active present, when the lexicon knows it. */
const activeSuggestion = (hit: PassiveHit, written: string) => {
  const active = activePresent(hit.lemma)
  return active
    ? `Skriv aktivt och säg vem som gör det, till exempel "vi ${active} …" i stället för "${written}".`
    : 'Skriv aktivt med "vi" eller "du": "vi skickar beslutet" i stället för "beslutet skickas".'
}

export const passive = defineRule({
  area: 'klarsprak',
  check: ({ blocks, passives }) =>
    passives.map((hit) => {
      const block = blocks[hit.blockIndex]!
      const written =
        hit.kind === 's'
          ? wordText(block, block.words[hit.firstWord]!)
          : block.block.text.slice(
              block.words[hit.firstWord]!.start,
              block.words[hit.lastWord]!.end,
            )
      return atWords(block, block.words[hit.firstWord]!, block.words[hit.lastWord]!, {
        message:
          hit.kind === 's'
            ? `Passiv form: "${written}". Säg vem som gör något.`
            : `Passiv form med "${hit.kind === 'bli' ? 'bli' : 'vara'}": "${written}". Säg vem som gör något.`,
        suggestion: activeSuggestion(hit, written),
      })
    }),
  defaultOptions: {},
  defaultSeverity: 'info',
  id: 'klarsprak/passive',
  meta: {
    help: 'Skriv hellre aktivt och säg vem som gör något.',
    source: 'Myndigheternas skrivregler; Klarspråkshjälpen (ISOF)',
    title: 'Passiv form',
    titleEn: 'Passive voice',
  },
})
