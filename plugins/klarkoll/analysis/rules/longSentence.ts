import { defineRule, fieldRange, sentenceText } from '../rule'

export const longSentence = defineRule({
  area: 'klarsprak',
  check: ({ blocks }, { maxWords }) =>
    blocks.flatMap((block) =>
      block.sentences
        .filter((sentence) => sentence.endWord - sentence.firstWord > maxWords)
        .map((sentence) => ({
          excerpt: sentenceText(block, sentence),
          message: `Meningen har ${sentence.endWord - sentence.firstWord} ord. Dela upp meningar som är längre än ${maxWords} ord.`,
          path: block.block.path,
          range: fieldRange(block.block, sentence.start, sentence.end),
          suggestion: 'Dela meningen i två eller flera: en tanke per mening.',
        })),
    ),
  defaultOptions: { maxWords: 20 },
  optionsSchema: { maxWords: { integer: true, min: 1 } },
  defaultSeverity: 'warning',
  id: 'klarsprak/long-sentence',
  meta: {
    help: 'Dela upp meningar över {maxWords} ord.',
    source: 'Myndigheternas skrivregler; Klarspråkshjälpen (ISOF)',
    title: 'Lång mening',
    titleEn: 'Long sentence',
  },
})
