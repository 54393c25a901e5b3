import type { DayPlan, Interval, Schedule, Status, WeeklyRow } from './types'

import { holidayOn } from './holidays'
import { winnerOn } from './precedence'
import { addDays, parseTime, toInstant, toLocal, wallClockRanges, weekdayOf } from './stockholmTime'

/** In start order, without zero-length intervals (08:00–08:00 opens nothing; input refuses it). */
const sorted = (intervals: Interval[]): Interval[] =>
  intervals
    .filter((i) => parseTime(i.from) !== parseTime(i.to))
    .sort((a, b) => parseTime(a.from) - parseTime(b.from))

const intervalsFor = (rows: WeeklyRow[], date: string): Interval[] => {
  const weekday = weekdayOf(date)
  return sorted(rows.filter((row) => row.days.includes(weekday)).flatMap((row) => row.intervals))
}

/**
 * The hours of one Stockholm date. Order: a dated exception wins; then a public holiday or one of
 * the three eves closes if the policy says so, or an eve has its own (half-day) hours; then a
 * seasonal period; then the regular weekly rows.
 * Of overlapping exceptions or periods the most specific decides (precedence.ts).
 */
export const dayPlan = (schedule: Schedule, date: string): DayPlan => {
  const holiday = holidayOn(date)
  const named = holiday ? { holiday: holiday.name } : {}
  const exception = winnerOn(schedule.exceptions, (e) => e, date)
  if (exception) {
    return {
      date,
      ...named,
      intervals: exception.closed ? [] : sorted(exception.intervals ?? []),
      ...(exception.note ? { note: exception.note } : {}),
      reason: 'exception',
    }
  }
  if (
    holiday &&
    ((holiday.kind === 'public' && schedule.holidays.closedOnPublicHolidays) ||
      (holiday.kind === 'eve' && schedule.holidays.closedOnEves))
  ) {
    return { date, ...named, intervals: [], reason: 'holiday' }
  }
  const eveHours = schedule.holidays.eveHours ?? []
  if (holiday?.kind === 'eve' && eveHours.length > 0) {
    return { date, ...named, intervals: sorted(eveHours), reason: 'holiday' }
  }
  const period = winnerOn(
    schedule.periods,
    (p) => ({ from: p.validFrom, to: p.validThrough }),
    date,
  )
  if (period)
    return { date, ...named, intervals: intervalsFor(period.weekly, date), reason: 'period' }
  return { date, ...named, intervals: intervalsFor(schedule.weekly, date), reason: 'regular' }
}

/** A day that differs from the ordinary week, with what to call it ("Julafton", or its note). */
export type DeviatingDay = DayPlan & { label?: string }

/**
 * The days from a Stockholm date that an exception, a public holiday or an eve changes, for the
 * exports that list them one by one (special hours in JSON-LD, the calendar file).
 */
export const deviatingDays = (schedule: Schedule, from: string, days: number): DeviatingDay[] => {
  const result: DeviatingDay[] = []
  for (let i = 0; i < days; i++) {
    const plan = dayPlan(schedule, addDays(from, i))
    if (plan.reason !== 'exception' && plan.reason !== 'holiday') continue
    // Holiday names are lower case in running Swedish ("julafton"); as a label they start a sentence.
    const label =
      plan.note ??
      (plan.holiday ? plan.holiday[0]!.toUpperCase() + plan.holiday.slice(1) : undefined)
    result.push(label ? { ...plan, label } : plan)
  }
  return result
}

/** The seven days from a Stockholm date, for "Öppettider denna vecka". */
export const week = (schedule: Schedule, from: string): DayPlan[] =>
  Array.from({ length: 7 }, (_, i) => dayPlan(schedule, addDays(from, i)))

type Span = { end: number; plan: DayPlan; start: number }

/** Open spans as instants, from the day before `date` (a span may cross midnight) for `days` days. */
const spans = (schedule: Schedule, date: string, days: number): Span[] => {
  const result: Span[] = []
  for (let i = -1; i < days; i++) {
    const day = addDays(date, i)
    const plan = dayPlan(schedule, day)
    for (const interval of plan.intervals) {
      const from = parseTime(interval.from)
      const to = parseTime(interval.to)
      // Open while the wall clock shows a time in the interval: a skipped hour is never open, a
      // repeated one is open twice. An end before the start crosses midnight (22:00–02:00).
      const ranges =
        to > from
          ? wallClockRanges(day, from, to)
          : [...wallClockRanges(day, from, 1440), ...wallClockRanges(addDays(day, 1), 0, to)]
      for (const [start, end] of ranges) result.push({ end, plan, start })
    }
  }
  // Adjacent spans (16:00–24:00 and 00:00–02:00 the next day) are one opening.
  result.sort((a, b) => a.start - b.start)
  const merged: Span[] = []
  for (const span of result) {
    const last = merged.at(-1)
    if (last && span.start <= last.end) last.end = Math.max(last.end, span.end)
    else merged.push({ ...span })
  }
  return merged
}

const iso = (ms: number) => new Date(ms).toISOString()

const horizonDays = 15

/**
 * Open or closed at an instant, why, and when that changes (looking up to 14 days ahead). Open
 * with no change in sight is "open around the clock": no closing time is made up.
 */
export const statusAt = (schedule: Schedule, at: Date): Status => {
  const now = at.getTime()
  const { date } = toLocal(at)
  const plan = dayPlan(schedule, date)
  const open = spans(schedule, date, horizonDays)
  const horizon = toInstant(addDays(date, horizonDays), 0).getTime()
  const current = open.find((span) => span.start <= now && now < span.end)
  const next = open.find((span) => span.start > now)
  const notice = schedule.notice
  const noticeActive =
    notice && Date.parse(notice.from) <= now && now < Date.parse(notice.to) ? notice : undefined
  const reason = noticeActive ? 'notice' : (current?.plan.reason ?? plan.reason)
  const note = noticeActive?.text ?? current?.plan.note ?? plan.note
  const base = { reason, ...(note ? { note } : {}) } as const
  if (current) {
    if (current.end >= horizon)
      return { ...base, nextChange: null, open: true, openAroundTheClock: true }
    return { ...base, closesAt: iso(current.end), nextChange: iso(current.end), open: true }
  }
  return {
    ...base,
    nextChange: next ? iso(next.start) : null,
    open: false,
    ...(next ? { opensAt: iso(next.start) } : {}),
  }
}
