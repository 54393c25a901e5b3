import { defineA11yRule, snippet, textOf } from '../rule'

/** A paragraph that is only bold text looks like a heading but is not one to assistive technology. */
export const fakeHeading = defineA11yRule({
  area: 'a11y',
  check: ({ root }, { maxLength }) =>
    [...root.querySelectorAll('p')]
      .filter((p) => {
        const text = textOf(p)
        if (!text || text.length > maxLength || /[.!?:]$/.test(text)) return false
        const bold = [...p.querySelectorAll('strong, b')].map((b) => textOf(b)).join(' ')
        return bold.replace(/\s+/g, ' ').trim() === text
      })
      .map((p) => ({
        excerpt: snippet(p),
        message:
          'Ett stycke med bara fetstil ser ut som en rubrik men är ingen. Använd en riktig rubrik, så hittar skärmläsare den.',
        path: '',
        suggestion: 'Gör stycket till en rubrik (nivå 2 eller 3).',
        wcag: '1.3.1',
      })),
  defaultOptions: { maxLength: 80 },
  optionsSchema: { maxLength: { integer: true, min: 1 } },
  defaultSeverity: 'warning',
  id: 'a11y/fake-heading',
  meta: {
    help: 'Använd rubriker, inte fetstil, för att dela upp texten.',
    source: 'WCAG 2.1, 1.3.1; Sa11y',
    title: 'Fetstil som rubrik',
    titleEn: 'Bold text used as a heading',
  },
})
