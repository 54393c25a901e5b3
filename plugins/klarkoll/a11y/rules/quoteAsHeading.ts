import { defineA11yRule, textOf } from '../rule'

/**
 * A short quotation block standing alone is usually a heading made to look big: screen readers
 * announce it as a quotation and leave it out of the list of headings.
 */
export const quoteAsHeading = defineA11yRule({
  area: 'a11y',
  check: ({ root }, { maxWords }) =>
    [...root.querySelectorAll('blockquote')].flatMap((quote) => {
      const text = textOf(quote)
      const words = text.split(' ').filter(Boolean).length
      // A real quotation ends in punctuation or names its source; a heading does neither.
      if (
        words === 0 ||
        words > maxWords ||
        /[.!?”"»]$/u.test(text) ||
        quote.querySelector('cite')
      ) {
        return []
      }
      return [
        {
          excerpt: text,
          message: `"${text}" står som citat men ser ut som en rubrik. Gör det till en rubrik om det är en.`,
          path: '',
          wcag: '1.3.1',
        },
      ]
    }),
  defaultOptions: { maxWords: 8 },
  optionsSchema: { maxWords: { integer: true, min: 1 } },
  defaultSeverity: 'warning',
  id: 'a11y/quote-as-heading',
  meta: {
    help: 'Använd rubriker för rubriker, inte citatblock.',
    source: 'WCAG 2.1, 1.3.1; Sa11y',
    title: 'Citat som rubrik',
    titleEn: 'Quotation used as a heading',
  },
})
