import type { DashboardRow } from './rows'

import { tally } from './snapshots'

export type GroupLine = ReturnType<typeof tally> & { key: string }

/** Documents, stopped ones, errors, warnings and mean LIX per owner, collection or the like. */
export const byGroup = (
  rows: DashboardRow[],
  keyOf: (row: DashboardRow) => string,
): GroupLine[] => {
  const groups = new Map<string, DashboardRow[]>()
  for (const row of rows) {
    const key = keyOf(row)
    groups.set(key, [...(groups.get(key) ?? []), row])
  }
  return [...groups.entries()]
    .map(([key, list]) => ({ key, ...tally(list) }))
    .sort(
      (a, b) => b.errors - a.errors || b.warnings - a.warnings || a.key.localeCompare(b.key, 'sv'),
    )
}

export type RuleLine = {
  count: number
  documents: number
  ruleId: string
  /** The documents with most findings of the rule, most first. */
  worst: Array<{ count: number; row: DashboardRow }>
}

/** Findings per rule over the documents, with the documents that have most of them. */
export const byRule = (rows: DashboardRow[], worstShown = 3): RuleLine[] => {
  const lines = new Map<string, RuleLine>()
  for (const row of rows) {
    for (const [ruleId, count] of Object.entries(row.ruleCounts)) {
      const line = lines.get(ruleId) ?? { count: 0, documents: 0, ruleId, worst: [] }
      line.count += count
      line.documents += 1
      line.worst.push({ count, row })
      lines.set(ruleId, line)
    }
  }
  return [...lines.values()]
    .map((line) => ({
      ...line,
      worst: line.worst.sort((a, b) => b.count - a.count).slice(0, worstShown),
    }))
    .sort((a, b) => b.count - a.count || a.ruleId.localeCompare(b.ruleId))
}

export type Problem = { count: number; documents: number; ruleId: string; what: string }

/** The findings that recur most on the site: the same rule on the same words. */
export const topProblems = (rows: DashboardRow[], shown = 10): Problem[] => {
  const problems = new Map<string, Problem & { seenIn: Set<string> }>()
  for (const row of rows) {
    for (const { ruleId, what } of row.problems) {
      const key = `${ruleId}|${what}`
      const problem = problems.get(key) ?? {
        count: 0,
        documents: 0,
        ruleId,
        seenIn: new Set(),
        what,
      }
      problem.count += 1
      problem.seenIn.add(`${row.collection}/${row.id}`)
      problems.set(key, problem)
    }
  }
  return [...problems.values()]
    .map(({ seenIn, ...problem }) => ({ ...problem, documents: seenIn.size }))
    .sort(
      (a, b) =>
        b.count - a.count || b.documents - a.documents || a.what.localeCompare(b.what, 'sv'),
    )
    .slice(0, shown)
}
