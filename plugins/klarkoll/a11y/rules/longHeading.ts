import { accessibleText, defineA11yRule } from '../rule'

/** A heading so long that it no longer works as a heading in a screen reader's list of them. */
export const longHeading = defineA11yRule({
  area: 'a11y',
  check: ({ root }, { maxLength }) =>
    [...root.querySelectorAll('h1, h2, h3, h4, h5, h6')].flatMap((heading) => {
      const text = accessibleText(heading)
      return text.length > maxLength
        ? [
            {
              excerpt: `${text.slice(0, 60)}…`,
              message: `Rubriken är ${text.length} tecken. En rubrik ska gå att överblicka: korta den till högst ${maxLength} tecken och flytta resten till texten.`,
              path: '',
              wcag: '2.4.6',
            },
          ]
        : []
    }),
  defaultOptions: { maxLength: 160 },
  optionsSchema: { maxLength: { integer: true, min: 20 } },
  defaultSeverity: 'warning',
  id: 'a11y/long-heading',
  meta: {
    help: 'Håll rubriker korta.',
    source: 'WCAG 2.1, 2.4.6; Sa11y',
    title: 'Mycket lång rubrik',
    titleEn: 'Very long heading',
  },
})
