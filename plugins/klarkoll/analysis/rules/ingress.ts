import { tokenize } from '../text/tokenize'
import { defineRule } from '../rule'

export const ingress = defineRule({
  area: 'klarsprak',
  check: ({ input, metrics }, { maxSentences, maxWords }) => {
    if (input.ingress === undefined) return []
    const text = input.ingress?.text?.trim() ?? ''
    const path = input.ingress?.path ?? 'ingress'
    if (!text) {
      return metrics.words > 0
        ? [
            {
              message: 'Sidan saknar ingress. Skriv en eller två meningar om vad sidan handlar om.',
              path,
              suggestion: 'Börja med det viktigaste: vad kan läsaren göra eller få veta här?',
            },
          ]
        : []
    }
    const { sentences, words } = tokenize({ kind: 'paragraph', path, text })
    if (words.length <= maxWords && sentences.length <= maxSentences) return []
    return [
      {
        excerpt: text,
        message: `Ingressen är för lång (${words.length} ord, ${sentences.length} meningar). Håll den till högst ${maxSentences} meningar och ${maxWords} ord.`,
        path,
        range: { end: input.ingress!.text.length, start: 0 },
        suggestion: 'Flytta detaljerna till brödtexten.',
      },
    ]
  },
  defaultOptions: { maxSentences: 3, maxWords: 40 },
  optionsSchema: { maxSentences: { integer: true, min: 1 }, maxWords: { integer: true, min: 1 } },
  defaultSeverity: 'warning',
  id: 'klarsprak/ingress',
  meta: {
    help: 'Sidan ska ha en ingress på högst {maxSentences} meningar och {maxWords} ord.',
    source: 'Helsingborgs webbriktlinjer (ingress); Myndigheternas skrivregler',
    title: 'Ingress',
    titleEn: 'Introduction',
  },
})
