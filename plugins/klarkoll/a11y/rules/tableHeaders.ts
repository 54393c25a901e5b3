import { defineA11yRule, snippet } from '../rule'

/** A data table needs header cells, or a screen reader cannot say which column a value is in. */
export const tableHeaders = defineA11yRule({
  area: 'a11y',
  check: ({ flag, root }) =>
    [...root.querySelectorAll('table')].flatMap((table) => {
      const headers = [...table.querySelectorAll('th')]
      if (headers.length === 0) {
        flag(table)
        return [
          {
            excerpt: snippet(table),
            message:
              'Tabellen har inga rubrikceller. Gör första raden (eller kolumnen) till rubriker, så kan skärmläsare läsa tabellen.',
            path: '',
            wcag: '1.3.1',
          },
        ]
      }
      return headers.some((th) => (th.textContent ?? '').trim() === '')
        ? [
            {
              excerpt: snippet(table),
              message: 'Tabellen har en tom rubrikcell. Skriv vad kolumnen innehåller.',
              path: '',
              wcag: '1.3.1',
            },
          ]
        : []
    }),
  defaultOptions: {},
  defaultSeverity: 'error',
  id: 'a11y/table-headers',
  meta: {
    help: 'Tabeller ska ha rubrikceller.',
    source: 'WCAG 2.1, 1.3.1 (H51, H63)',
    title: 'Tabell utan rubriker',
    titleEn: 'Table without headers',
  },
})
