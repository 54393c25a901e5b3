import { isHidden, isPresentational } from '../names'
import { defineA11yRule, snippet } from '../rule'

/**
 * Bounds on the grid built per table: larger tables are not modelled (a budget, not a limit on
 * editors). Slots count what spanning cells cover, so one cell with colspan and rowspan of 1,000
 * is no million steps.
 */
const maxCells = 10_000
const maxSlots = 100_000
const maxSpan = 1_000

type Cell = {
  column: number
  columns: number
  element: Element
  header: 'column' | 'row' | null
  /** The ids in the cell's headers attribute, read once; null without one. */
  headers: Set<string> | null
  row: number
  rows: number
}

const headersOf = (element: Element): Set<string> | null => {
  const value = element.getAttribute('headers')
  return value === null ? null : new Set(value.trim().split(/\s+/))
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
  let slots = 0
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
      slots += columns * rowCount
      if (cells.length + 1 > maxCells || slots > maxSlots) return null
      cells.push({
        column,
        columns,
        element,
        header: headerKind(element, rowHasData),
        headers: headersOf(element),
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
        headers: headersOf(element),
        row: r,
        rows: 1,
      })
    }
  }
  return cells
}

/**
 * The header cells that head no other cell, found in one pass over the cells rather than one per
 * header. As HTML's table model: a cell with a headers attribute is headed by the cells it names;
 * any other cell by the column headers above it and the row headers before it.
 */
const idleHeaders = (cells: Cell[]): Cell[] => {
  // Per column the lowest row, per row the rightmost column, that a cell without headers starts in.
  const lowest: number[] = []
  const rightmost: number[] = []
  const named = new Map<string, number>()
  for (const cell of cells) {
    if (cell.headers) {
      for (const id of cell.headers) named.set(id, (named.get(id) ?? 0) + 1)
      continue
    }
    for (let c = cell.column; c < cell.column + cell.columns; c++) {
      lowest[c] = Math.max(lowest[c] ?? -1, cell.row)
    }
    for (let r = cell.row; r < cell.row + cell.rows; r++) {
      rightmost[r] = Math.max(rightmost[r] ?? -1, cell.column)
    }
  }
  const headsBelow = (header: Cell) => {
    for (let c = header.column; c < header.column + header.columns; c++) {
      if ((lowest[c] ?? -1) >= header.row + header.rows) return true
    }
    return false
  }
  const headsAfter = (header: Cell) => {
    for (let r = header.row; r < header.row + header.rows; r++) {
      if ((rightmost[r] ?? -1) >= header.column + header.columns) return true
    }
    return false
  }
  const namedByOthers = (header: Cell) => {
    const id = header.element.getAttribute('id')
    if (id === null) return false
    return (named.get(id) ?? 0) > (header.headers?.has(id) ? 1 : 0)
  }
  return cells.filter(
    (cell) =>
      cell.header !== null &&
      !isHidden(cell.element) &&
      !namedByOthers(cell) &&
      !(cell.header === 'column' ? headsBelow(cell) : headsAfter(cell)),
  )
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
        // Header cells count among the cells headed: the corner "Dag" over the row headers
        // "Måndag", "Tisdag" heads them (ACT d0f69e).
        const idle = idleHeaders(cells)
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
