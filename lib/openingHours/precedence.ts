/**
 * One precedence for overlapping date ranges (periods, exceptions): the most specific wins — the
 * shortest range, and of equal ranges the one added last. The status, the week, JSON-LD and the
 * OpenStreetMap export all follow it (the export by ordering rules so the winner comes last).
 */

type Ranged = { from: string; to?: null | string }

const lastDay = ({ from, to }: Ranged) => (to && to >= from ? to : from)

/** Days in an inclusive "YYYY-MM-DD" range. */
export const rangeDays = (range: Ranged): number =>
  Math.round(
    (Date.parse(`${lastDay(range)}T00:00:00Z`) - Date.parse(`${range.from}T00:00:00Z`)) /
      86_400_000,
  ) + 1

export const covers = (range: Ranged, date: string): boolean =>
  range.from <= date && date <= lastDay(range)

/** The range that decides `date`, or undefined when none covers it. */
export const winnerOn = <T>(
  items: T[],
  range: (item: T) => Ranged,
  date: string,
): T | undefined => {
  let best: T | undefined
  let bestDays = Infinity
  for (const item of items) {
    const r = range(item)
    if (!covers(r, date)) continue
    const days = rangeDays(r)
    // `<=`: of equal ranges the later one wins.
    if (days <= bestDays) {
      best = item
      bestDays = days
    }
  }
  return best
}

/** The items in the order an overriding format (OSM: later rules win) needs: the winner last. */
export const weakestFirst = <T>(items: T[], range: (item: T) => Ranged): T[] =>
  items
    .map((item, index) => ({ days: rangeDays(range(item)), index, item }))
    .sort((a, b) => b.days - a.days || a.index - b.index)
    .map(({ item }) => item)
