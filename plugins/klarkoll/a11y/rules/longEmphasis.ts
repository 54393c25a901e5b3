import { defineA11yRule, textOf } from '../rule'

/**
 * Long passages in bold or italics: emphasis stops standing out, and long italic text is hard
 * to read. Counted per element, in words.
 */
export const longEmphasis = defineA11yRule({
  area: 'a11y',
  check: ({ root }, { maxWords }) =>
    [...root.querySelectorAll('strong, b, em, i')]
      // The outermost emphasis only: <strong><em>…</em></strong> is one passage.
      .filter((element) => !element.parentElement?.closest('strong, b, em, i'))
      .flatMap((element) => {
        const text = textOf(element)
        const words = text.split(' ').filter(Boolean).length
        if (words <= maxWords) return []
        const kind = /^(?:strong|b)$/iu.test(element.tagName) ? 'Fetstil' : 'Kursiv stil'
        return [
          {
            excerpt: `${text.slice(0, 60)}…`,
            message: `${kind} över ${words} ord. Betona bara det viktigaste, några ord; längre betonad text blir svårläst och slutar sticka ut.`,
            path: '',
          },
        ]
      }),
  defaultOptions: { maxWords: 25 },
  optionsSchema: { maxWords: { integer: true, min: 5 } },
  defaultSeverity: 'warning',
  id: 'a11y/long-emphasis',
  meta: {
    help: 'Använd fetstil och kursiv sparsamt.',
    source: 'Sa11y; Editoria11y',
    title: 'Lång betonad text',
    titleEn: 'Long bold or italic passage',
  },
})
