import { isHidden, isPresentational } from '../names'
import { defineA11yRule, snippet } from '../rule'

/** Bounds on the grid built per table: larger tables are not modelled (a budget, not a limit on editors). */
const maxCells = 10_000
const maxSpan = 1_000

type Cell = {
  column: number
  columns: number
  element: Element
  header: 'column' | 'row' | null
  row: number
  rows: number
}

const span = (element: Element, name: string) => {
  const value = Number.parseInt(element.getAttribute(name) ?? '1', 10)
  return Number.isFinite(value) && value >= 1 ? Math.min(value, maxSpan) : 1
}

const roleOf = (element: Element) => (element.getAttribute('role') ?? '').trim().split(/\s+/)[0]

/** A header cell and its kind by scope or explicit role; null for a data cell. */
const headerKind = (element: Element, rowHasData: boolean): Cell['header'] => {
  const role = roleOf(element)
  if (role === 'columnheader') return 'column'
  if (role === 'rowheader') return 'row'
  if (role === 'cell' || role === 'gridcell') return null
  if (element.localName !== 'th') return null
  const scope = (element.getAttribute('scope') ?? '').toLowerCase()
  if (scope === 'col' || scope === 'colgroup') return 'column'
  if (scope === 'row' || scope === 'rowgroup') return 'row'
  // HTML's auto state, simplified: a header in a row of headers heads its column, otherwise its row.
  return rowHasData ? 'row' : 'column'
}

/** The cells of an HTML table (its own, not a nested table's), placed in rows and columns. */
const htmlTableCells = (table: Element): Cell[] | null => {
  const rows = [...table.querySelectorAll('tr')].filter((tr) => tr.closest('table') === table)
  const cells: Cell[] = []
  // Columns taken by cells spanning down from rows above, per row.
  const taken: Set<number>[] = []
  for (const [r, tr] of rows.entries()) {
    const own = [...tr.children].filter((c) => c.localName === 'td' || c.localName === 'th')
    const rowHasData = own.some((c) => headerKind(c, true) === null)
    let column = 0
    for (const element of own) {
      while (taken[r]?.has(column)) column++
      const columns = span(element, 'colspan')
      const rowCount = Math.min(span(element, 'rowspan'), rows.length - r)
      if (cells.length + 1 > maxCells) return null
      cells.push({
        column,
        columns,
        element,
        header: headerKind(element, rowHasData),
        row: r,
        rows: rowCount,
      })
      for (let below = r + 1; below < r + rowCount; below++) {
        const set = (taken[below] ??= new Set())
        for (let c = column; c < column + columns; c++) set.add(c)
      }
      column += columns
    }
  }
  return cells
}

const ariaCellRoles = new Set(['cell', 'columnheader', 'gridcell', 'rowheader'])

/** The cells of an ARIA grid or table: rows by role="row", columns by position. */
const ariaTableCells = (grid: Element): Cell[] | null => {
  const rows = [...grid.querySelectorAll('[role="row"]')].filter(
    (row) => row.closest('[role="grid"], [role="table"], [role="treegrid"], table') === grid,
  )
  const cells: Cell[] = []
  for (const [r, row] of rows.entries()) {
    const own = [...row.querySelectorAll('*')].filter(
      (el) => ariaCellRoles.has(roleOf(el)) && el.closest('[role="row"]') === row,
    )
    const rowHasData = own.some((c) => headerKind(c, true) === null)
    for (const [column, element] of own.entries()) {
      if (cells.length + 1 > maxCells) return null
      cells.push({
        column,
        columns: 1,
        element,
        header: headerKind(element, rowHasData),
        row: r,
        rows: 1,
      })
    }
  }
  return cells
}

const overlaps = (a: number, aSpan: number, b: number, bSpan: number) =>
  a < b + bSpan && b < a + aSpan

/** Whether a cell is assigned to the header: by its headers attribute, or by column or row. */
const assigned = (header: Cell, cell: Cell): boolean => {
  const headers = cell.element.getAttribute('headers')
  if (headers !== null) {
    const id = header.element.getAttribute('id')
    return id !== null && headers.trim().split(/\s+/).includes(id)
  }
  // As HTML's table model: a column header heads the cells below it, a row header those after it.
  return header.header === 'column'
    ? cell.row >= header.row + header.rows &&
        overlaps(header.column, header.columns, cell.column, cell.columns)
    : cell.column >= header.column + header.columns &&
        overlaps(header.row, header.rows, cell.row, cell.rows)
}

const label = (cell: Cell) => `"${snippet(cell.element)}"`

/**
 * A header cell must head something (ACT d0f69e): a column header needs data cells in its
 * column, a row header in its row, unless data cells name it in their headers attribute. Data
 * tables in HTML and ARIA grids alike; hidden and layout tables are left out.
 */
export const tableHeaderCells = defineA11yRule({
  area: 'a11y',
  check: ({ root }) =>
    [...root.querySelectorAll('table, [role="grid"], [role="table"], [role="treegrid"]')].flatMap(
      (table) => {
        if (isHidden(table) || isPresentational(table)) return []
        const cells = table.localName === 'table' ? htmlTableCells(table) : ariaTableCells(table)
        if (!cells || cells.length <= 1) return []
        // A header heads the cells below or after it, header cells among them: the corner "Dag"
        // over the row headers "Måndag", "Tisdag" heads them (ACT d0f69e).
        const idle = cells.filter(
          (cell) =>
            cell.header !== null &&
            !isHidden(cell.element) &&
            !cells.some((other) => other !== cell && assigned(cell, other)),
        )
        if (idle.length === 0) return []
        return [
          {
            excerpt: snippet(table),
            message:
              idle.length === 1
                ? `Rubrikcellen ${label(idle[0]!)} har inga celler under eller bredvid sig. Fyll i värdena, eller gör den till en vanlig cell.`
                : `Rubrikcellerna ${idle.slice(0, 5).map(label).join(', ')}${idle.length > 5 ? ' …' : ''} har inga celler under eller bredvid sig. Fyll i värdena, eller gör dem till vanliga celler.`,
            path: '',
            wcag: '1.3.1',
          },
        ]
      },
    ),
  defaultOptions: {},
  defaultSeverity: 'error',
  id: 'a11y/table-header-cells',
  meta: {
    help: 'Varje rubrikcell i en tabell ska ha celler med värden att vara rubrik för.',
    source: 'WCAG 2.1, 1.3.1; W3C ACT-regel d0f69e',
    title: 'Rubrikcell utan värden',
    titleEn: 'Header cell without data cells',
  },
})
