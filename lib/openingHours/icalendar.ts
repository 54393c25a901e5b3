import ical from 'ical-generator'

import type { Schedule } from './types'

import { clockWords } from './clockWords'
import { deviatingDays } from './evaluate'
import { parseTime, wallClockRanges } from './stockholmTime'

type CalendarOptions = {
  /** How many days ahead, from `from` (a Stockholm date). */
  days?: number
  from: string
  /** A stable, unique part of every event's UID, e.g. "opening-hours-12@kommun.se". */
  id: string
  /** The unit and channel, e.g. "Kontaktcenter – telefontid". */
  name: string
  /** The time the file is made (DTSTAMP). */
  now: Date
  /** Where the hours are shown on the public site. */
  url?: string
}

/**
 * The days that differ from the ordinary week, as an iCalendar file that Google, Outlook and Apple
 * calendars import or subscribe to: a closed day is an all-day event, a day with other hours one
 * event per interval (in UTC, so no calendar needs Stockholm's rules). Dated exceptions, public
 * holidays and the three eves, for `days` days (twelve months by default).
 */
export const deviationsCalendar = (schedule: Schedule, options: CalendarOptions): string => {
  const { days = 365, from, id, name, now, url } = options
  const calendar = ical({
    description: `Avvikande öppettider för ${name}`,
    name: `Öppettider: ${name}`,
    prodId: { company: 'Klarkoll', language: 'SV', product: 'Oppettider' },
    ...(url ? { url } : {}),
  })
  for (const plan of deviatingDays(schedule, from, days)) {
    const { date } = plan
    const common = {
      description: plan.label ?? 'Avvikande öppettider',
      stamp: now,
      ...(url ? { url } : {}),
    }
    if (plan.intervals.length === 0) {
      const [y, m, d] = date.split('-').map(Number) as [number, number, number]
      calendar.createEvent({
        ...common,
        allDay: true,
        // Noon UTC is the same date in every time zone a reader may be in.
        id: `${date}-${id}`,
        start: new Date(Date.UTC(y, m - 1, d, 12)),
        summary: `${name}: stängt`,
      })
      continue
    }
    plan.intervals.forEach((interval, n) => {
      const from = parseTime(interval.from)
      // An interval across midnight (not enterable in the admin) ends the day's event at 24:00.
      const to = parseTime(interval.to)
      const ranges = wallClockRanges(date, from, to > from ? to : 1440)
      const start = ranges[0]?.[0]
      const end = ranges.at(-1)?.[1]
      if (start === undefined || end === undefined) return
      calendar.createEvent({
        ...common,
        end: new Date(end),
        id: `${date}-${n}-${id}`,
        start: new Date(start),
        summary: `${name}: öppet ${clockWords(interval.from)}–${clockWords(interval.to)}`,
      })
    })
  }
  return calendar.toString()
}
