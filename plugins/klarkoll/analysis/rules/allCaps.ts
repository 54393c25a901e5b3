import type { Word } from '../text/tokenize'

import { atWords, defineRule } from '../rule'

export const allCaps = defineRule({
  area: 'klarsprak',
  check: ({ blocks }, { minLetters }) =>
    blocks.flatMap((block) => {
      const runs: Word[][] = []
      let run: Word[] = []
      for (const word of block.words) {
        // One-letter words ("I", "Å") continue a run but do not start one.
        if (word.allCaps && !word.isUrl && (word.letters >= 2 || run.length > 0)) {
          run.push(word)
        } else if (run.length > 0) {
          runs.push(run)
          run = []
        }
      }
      if (run.length > 0) runs.push(run)
      // Acronyms (EU, SMS, BankID) are fine; a capitalised word or phrase is shouting.
      return runs
        .filter((words) => words.some((w) => w.letters >= minLetters) || words.length >= 3)
        .map((words) =>
          atWords(block, words[0]!, words.at(-1)!, {
            message: `Text i versaler är svår att läsa och läses upp bokstav för bokstav av vissa skärmläsare.`,
            suggestion: block.block.text
              .slice(words[0]!.start, words.at(-1)!.end)
              .toLowerCase()
              .replace(/^\p{Ll}/u, (c) => c.toUpperCase()),
          }),
        )
    }),
  defaultOptions: { minLetters: 5 },
  optionsSchema: { minLetters: { integer: true, min: 2 } },
  defaultSeverity: 'warning',
  id: 'klarsprak/all-caps',
  meta: {
    help: 'Skriv inte hela ord med versaler; använd fetstil eller en rubrik för att betona.',
    source: 'Myndigheternas skrivregler; WCAG 2.1 (läsbarhet)',
    title: 'Versaler',
    titleEn: 'All capitals',
  },
})
