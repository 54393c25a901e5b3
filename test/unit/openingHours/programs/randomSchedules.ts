import type {
  Exception,
  Interval,
  Period,
  Schedule,
  Weekday,
  WeeklyRow,
} from '../../../../lib/openingHours'

import { addDays, holidaysOf } from '../../../../lib/openingHours'

/** mulberry32: a small seeded generator, so a failing schedule can be made again from its seed. */
export const seeded = (seed: number) => {
  let state = seed >>> 0
  const next = () => {
    state = (state + 0x6d2b79f5) >>> 0
    let t = state
    t = Math.imul(t ^ (t >>> 15), t | 1)
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61)
    return ((t ^ (t >>> 14)) >>> 0) / 4_294_967_296
  }
  const int = (min: number, max: number) => min + Math.floor(next() * (max - min + 1))
  const pick = <T>(items: readonly T[]): T => items[int(0, items.length - 1)]!
  const chance = (p: number) => next() < p
  return { chance, int, next, pick }
}

type Random = ReturnType<typeof seeded>

const hhmm = (minutes: number) =>
  `${String(Math.floor(minutes / 60)).padStart(2, '0')}:${String(minutes % 60).padStart(2, '0')}`

/** Quarter hours between two hours, as minutes. */
const quarter = (r: Random, fromHour: number, toHour: number) =>
  r.int(fromHour * 4, toHour * 4) * 15

/** The shapes of a day that editors enter, and the edge cases around midnight and clock changes. */
const dayShapes: Array<(r: Random) => Interval[]> = [
  // A lunch break: two intervals.
  (r) => {
    const open = quarter(r, 7, 9)
    const lunch = quarter(r, 11, 12)
    return [
      { from: hhmm(open), to: hhmm(lunch) },
      { from: hhmm(lunch + r.pick([30, 45, 60])), to: hhmm(quarter(r, 15, 18)) },
    ]
  },
  (r) => [{ from: hhmm(quarter(r, 6, 10)), to: hhmm(quarter(r, 12, 20)) }],
  // Overlapping rows of the same day are their union.
  (r) => [
    { from: hhmm(quarter(r, 8, 9)), to: hhmm(quarter(r, 12, 13)) },
    { from: hhmm(quarter(r, 10, 11)), to: hhmm(quarter(r, 15, 16)) },
  ],
  // Near midnight: the last minute, the first minute, an evening to 24:00.
  () => [{ from: '23:59', to: '24:00' }],
  () => [{ from: '00:00', to: '00:01' }],
  (r) => [{ from: hhmm(quarter(r, 18, 22)), to: '24:00' }],
  // A zero-length interval opens nothing. (An end before the start is refused at input: a night
  // opening is 22:00–24:00 on one day and 00:00–02:00 on the next, which the shapes above give.)
  (r) => {
    const at = hhmm(quarter(r, 6, 12))
    return [{ from: at, to: at }]
  },
  // The hours the clock changes skip (spring) or repeat (autumn) on a Sunday.
  () => [{ from: '02:00', to: '03:00' }],
  () => [{ from: '01:30', to: '02:30' }],
  () => [{ from: '02:30', to: '03:30' }],
  () => [{ from: '00:00', to: '24:00' }],
]

const weekdays: Weekday[] = [1, 2, 3, 4, 5, 6, 7]

const weeklyRows = (r: Random): WeeklyRow[] =>
  Array.from({ length: r.int(0, 3) }, () => ({
    days: weekdays.filter(() => r.chance(0.5)),
    intervals: r.pick(dayShapes)(r),
  })).filter((row) => row.days.length > 0)

/** A date between November 2026 and the end of 2027. */
const someDate = (r: Random) => addDays('2026-11-01', r.int(0, 424))

const holidayDates = [2026, 2027].flatMap((year) => [...holidaysOf(year).keys()])

const periods = (r: Random): Period[] => {
  const result: Period[] = []
  for (let i = r.int(0, 3); i > 0; i--) {
    const outer = result.at(-1)
    // Some nested inside the previous one, some overlapping it, some apart.
    const from = outer && r.chance(0.5) ? addDays(outer.validFrom, r.int(0, 20)) : someDate(r)
    result.push({
      validFrom: from,
      validThrough: addDays(from, r.int(0, 90)),
      weekly: weeklyRows(r),
    })
  }
  return result
}

const exceptions = (r: Random): Exception[] =>
  Array.from({ length: r.int(0, 5) }, () => {
    const from = r.chance(0.5) ? r.pick(holidayDates) : someDate(r)
    const to = r.chance(0.4) ? addDays(from, r.int(0, 30)) : undefined
    const closed = r.chance(0.4)
    return {
      closed,
      from,
      ...(closed ? {} : { intervals: r.pick(dayShapes)(r) }),
      ...(to ? { to } : {}),
    }
  })

/** One random schedule with the features the evaluator has to get right. */
export const randomSchedule = (r: Random): Schedule => {
  const closedOnEves = r.chance(0.5)
  const holidays = {
    closedOnEves,
    closedOnPublicHolidays: r.chance(0.6),
    ...(!closedOnEves && r.chance(0.5) ? { eveHours: r.pick(dayShapes.slice(0, 3))(r) } : {}),
  }
  if (r.chance(0.08)) {
    // Open around the clock, now and then interrupted.
    return {
      exceptions: r.chance(0.5) ? exceptions(r) : [],
      holidays: { closedOnEves: false, closedOnPublicHolidays: false },
      periods: [],
      weekly: [{ days: weekdays, intervals: [{ from: '00:00', to: '24:00' }] }],
    }
  }
  return { exceptions: exceptions(r), holidays, periods: periods(r), weekly: weeklyRows(r) }
}
