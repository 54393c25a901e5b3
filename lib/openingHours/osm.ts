import type { Interval, Schedule, Weekday, WeeklyRow } from './types'

import { weakestFirst } from './precedence'
import { parseTime } from './stockholmTime'

const dayNames = ['Mo', 'Tu', 'We', 'Th', 'Fr', 'Sa', 'Su'] as const
const monthNames = [
  'Jan',
  'Feb',
  'Mar',
  'Apr',
  'May',
  'Jun',
  'Jul',
  'Aug',
  'Sep',
  'Oct',
  'Nov',
  'Dec',
]

const osmDate = (date: string) => {
  const [y, m, d] = date.split('-') as [string, string, string]
  return `${y} ${monthNames[Number(m) - 1]} ${d}`
}
const osmRange = (from: string, to?: string) =>
  to && to > from ? `${osmDate(from)}-${osmDate(to)}` : osmDate(from)
// Zero-length intervals are left out, as the evaluator leaves them out (OSM reads them as 24 h).
const osmTimes = (intervals: Interval[]) =>
  intervals
    .filter((i) => parseTime(i.from) !== parseTime(i.to))
    .sort((a, b) => parseTime(a.from) - parseTime(b.from))
    .map((i) => `${i.from}-${i.to}`)
    .join(',')

/** "Mo-Fr 08:00-12:00,13:00-16:30" rules: consecutive days with the same hours share a rule. */
const weekRules = (rows: WeeklyRow[]): string[] => {
  const byDay = ([1, 2, 3, 4, 5, 6, 7] as Weekday[]).map((day) =>
    osmTimes(rows.filter((row) => row.days.includes(day)).flatMap((row) => row.intervals)),
  )
  const rules: string[] = []
  for (let start = 0; start < 7;) {
    let end = start
    while (end + 1 < 7 && byDay[end + 1] === byDay[start]) end++
    if (byDay[start]) {
      const days = start === end ? dayNames[start] : `${dayNames[start]}-${dayNames[end]}`
      rules.push(`${days} ${byDay[start]}`)
    }
    start = end + 1
  }
  return rules
}

/**
 * The schedule as an OpenStreetMap opening_hours value. Later rules override earlier ones for the
 * days they match, so the order mirrors the evaluator's precedence: weekly, periods, holidays and
 * the three eves, exceptions; overlapping periods and exceptions longest first, so the most
 * specific wins as it does in the status (precedence.ts).
 */
export const toOsmOpeningHours = (schedule: Schedule): string => {
  const rules = [...weekRules(schedule.weekly)]
  for (const period of weakestFirst(schedule.periods, (p) => ({
    from: p.validFrom,
    to: p.validThrough,
  }))) {
    const range = osmRange(period.validFrom, period.validThrough)
    rules.push(`${range} off`, ...weekRules(period.weekly).map((rule) => `${range} ${rule}`))
  }
  if (schedule.holidays.closedOnPublicHolidays) rules.push('PH off')
  // Midsommarafton is the Friday between 19 and 25 June.
  const eveHours = osmTimes(schedule.holidays.eveHours ?? [])
  if (schedule.holidays.closedOnEves) {
    rules.push('Dec 24 off', 'Dec 31 off', 'Jun 19-Jun 25 Fr off')
  } else if (eveHours) {
    // "Dec 24 09:00-12:00" replaces the day's hours, as "off" would; midsommarafton's rule names
    // Friday, so the week's other days in 19–25 June keep theirs.
    rules.push(`Dec 24 ${eveHours}`, `Dec 31 ${eveHours}`, `Jun 19-Jun 25 Fr ${eveHours}`)
  }
  for (const exception of weakestFirst(schedule.exceptions, (e) => e)) {
    const range = osmRange(exception.from, exception.to)
    const times = exception.closed ? '' : osmTimes(exception.intervals ?? [])
    rules.push(`${range} ${times || 'off'}`)
  }
  return rules.length > 0 ? rules.join('; ') : 'off'
}
