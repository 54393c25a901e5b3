import { defineRule, fieldRange } from '../rule'

export const paragraphLength = defineRule({
  area: 'klarsprak',
  check: ({ blocks }, { maxWords }) =>
    blocks
      .filter(({ block, words }) => block.kind === 'paragraph' && words.length > maxWords)
      .map(({ block, words }) => ({
        data: { maxWords, words: words.length },
        messageId: 'tooLong',
        path: block.path,
        range: fieldRange(block, words[0]!.start, words.at(-1)!.end),
      })),
  defaultOptions: { maxWords: 150 },
  optionsSchema: { maxWords: { integer: true, min: 20 } },
  defaultSeverity: 'warning',
  id: 'klarsprak/paragraph-length',
  messages: {
    tooLong:
      'Stycket har {words} ord. Dela det i kortare stycken med högst {maxWords} ord, gärna ett budskap per stycke.',
  },
  meta: {
    help: 'Ett stycke bör ha högst {maxWords} ord.',
    source: 'Myndigheternas skrivregler (korta stycken); Yoast SEO (styckelängd)',
    title: 'Långt stycke',
    titleEn: 'Long paragraph',
  },
})
