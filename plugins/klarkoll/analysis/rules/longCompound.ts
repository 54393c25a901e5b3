import { atWords, defineRule } from '../rule'
import { wordText } from '../text/tokenize'

export const longCompound = defineRule({
  area: 'klarsprak',
  check: ({ blocks }, { minLetters }) =>
    blocks.flatMap((block) =>
      block.words
        .filter((word) => word.letters >= minLetters && !word.isUrl && !word.lower.includes('-'))
        .map((word) =>
          atWords(block, word, word, {
            message: `"${wordText(block, word)}" är ett långt sammansatt ord (${word.letters} bokstäver) som är svårt att läsa.`,
            suggestion:
              'Dela upp ordet med en preposition, till exempel "kvalitetssäkringssystem" → "system för kvalitetssäkring".',
          }),
        ),
    ),
  defaultOptions: { minLetters: 16 },
  optionsSchema: { minLetters: { integer: true, min: 6 } },
  defaultSeverity: 'info',
  id: 'klarsprak/long-compound',
  meta: {
    help: 'Dela upp sammansatta ord med {minLetters} bokstäver eller fler.',
    source: 'Myndigheternas skrivregler',
    title: 'Långt sammansatt ord',
    titleEn: 'Long compound word',
  },
})
