import { accessibleText, defineA11yRule } from '../rule'

/** Headings inside table cells break the page's outline and confuse the table's structure. */
export const headingInTable = defineA11yRule({
  area: 'a11y',
  check: ({ root }) =>
    [...root.querySelectorAll('table h1, table h2, table h3, table h4, table h5, table h6')].map(
      (heading) => ({
        excerpt: accessibleText(heading),
        message:
          'En rubrik står inne i en tabell. Skriv rubriken före tabellen, och använd rubrikceller (th) för kolumnernas namn.',
        path: '',
        wcag: '1.3.1',
      }),
    ),
  defaultOptions: {},
  defaultSeverity: 'warning',
  id: 'a11y/heading-in-table',
  meta: {
    help: 'Rubriker hör hemma före tabellen, inte i dess celler.',
    source: 'WCAG 2.1, 1.3.1; Sa11y',
    title: 'Rubrik i tabell',
    titleEn: 'Heading inside a table',
  },
})
