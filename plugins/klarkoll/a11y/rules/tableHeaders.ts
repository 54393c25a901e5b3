import { isHidden, isPresentational } from '../names'
import { defineA11yRule, snippet } from '../rule'

const headerRoles = new Set(['columnheader', 'rowheader'])

/**
 * A data table needs header cells, or a screen reader cannot say which column a value is in.
 * As the ACT rules apply: layout tables (role="presentation" or "none"), hidden tables and
 * one-cell boxes are no data tables, and a cell with role="columnheader" or "rowheader" is a
 * header. Whether a table of plain cells holds data or only places things side by side cannot
 * be told from the markup, so this is a warning; header cells without data cells are
 * a11y/table-header-cells.
 */
export const tableHeaders = defineA11yRule({
  area: 'a11y',
  check: ({ flag, root }) =>
    [...root.querySelectorAll('table')].flatMap((table) => {
      if (isHidden(table) || isPresentational(table)) return []
      // The table's own cells, not those of a table inside it.
      const cells = [...table.querySelectorAll('th, td')].filter(
        (cell) => cell.closest('table') === table,
      )
      if (cells.length <= 1) return []
      const isHeader = (cell: Element) =>
        cell.localName === 'th'
          ? !['cell', 'gridcell'].includes(cell.getAttribute('role') ?? '')
          : headerRoles.has(cell.getAttribute('role') ?? '')
      const headers = cells.filter(isHeader)
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
  defaultSeverity: 'warning',
  id: 'a11y/table-headers',
  meta: {
    help: 'Tabeller ska ha rubrikceller.',
    source: 'WCAG 2.1, 1.3.1 (H51, H63); ACT d0f69e',
    title: 'Tabell utan rubriker',
    titleEn: 'Table without headers',
  },
})
