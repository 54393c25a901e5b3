import type { DayOfWeek } from 'schema-dts'

import type { Interval, Schedule, Weekday, WeeklyRow } from '../openingHours'

import { deviatingDays } from '../openingHours'

const weekdayUris: Record<Weekday, DayOfWeek & string> = {
  1: 'https://schema.org/Monday',
  2: 'https://schema.org/Tuesday',
  3: 'https://schema.org/Wednesday',
  4: 'https://schema.org/Thursday',
  5: 'https://schema.org/Friday',
  6: 'https://schema.org/Saturday',
  7: 'https://schema.org/Sunday',
}

export type OpeningHoursSpecification = {
  '@type': 'OpeningHoursSpecification'
  closes: string
  dayOfWeek?: Array<DayOfWeek & string>
  description?: string
  opens: string
  validFrom?: string
  validThrough?: string
}

// schema.org has no "24:00"; 23:59 is how search engines read "until midnight".
const closes = (time: string) => (time === '24:00' ? '23:59' : time)

const spec = (
  interval: Interval,
  extra: Partial<OpeningHoursSpecification>,
): OpeningHoursSpecification => ({
  '@type': 'OpeningHoursSpecification',
  ...extra,
  closes: closes(interval.to),
  opens: interval.from,
})

/** Weekly rows as specifications; days without hours say so with 00:00–00:00 (closed). */
const weekSpecs = (
  rows: WeeklyRow[],
  validity: Pick<OpeningHoursSpecification, 'validFrom' | 'validThrough'> = {},
): OpeningHoursSpecification[] => {
  const specs = rows.flatMap((row) =>
    row.days.length === 0
      ? []
      : row.intervals.map((interval) =>
          spec(interval, { dayOfWeek: row.days.map((d) => weekdayUris[d]), ...validity }),
        ),
  )
  const open = new Set(rows.filter((r) => r.intervals.length > 0).flatMap((r) => r.days))
  const closed = ([1, 2, 3, 4, 5, 6, 7] as Weekday[]).filter((d) => !open.has(d))
  if (closed.length > 0) {
    specs.push(
      spec(
        { from: '00:00', to: '00:00' },
        { dayOfWeek: closed.map((d) => weekdayUris[d]), ...validity },
      ),
    )
  }
  return specs
}

/**
 * schema.org opening hours of a schedule: the weekly hours and seasonal periods as
 * openingHoursSpecification; every exception, public holiday and eve that changes a day in the
 * next `days` days (from `from`, a Stockholm date) as specialOpeningHoursSpecification with
 * validFrom = validThrough, so consumers need no Swedish holiday calendar of their own.
 */
export const openingHoursJsonLd = (
  schedule: Schedule,
  { days = 365, from }: { days?: number; from: string },
): {
  openingHoursSpecification: OpeningHoursSpecification[]
  specialOpeningHoursSpecification: OpeningHoursSpecification[]
} => ({
  openingHoursSpecification: weeklyHoursJsonLd(schedule),
  specialOpeningHoursSpecification: deviatingDays(schedule, from, days).flatMap((plan) => {
    const extra = {
      ...(plan.label ? { description: plan.label } : {}),
      validFrom: plan.date,
      validThrough: plan.date,
    }
    const intervals = plan.intervals.length > 0 ? plan.intervals : [{ from: '00:00', to: '00:00' }]
    return intervals.map((interval) => spec(interval, extra))
  }),
})

/**
 * The weekly hours and seasonal periods alone, for what schema.org gives no special hours (a
 * ContactPoint): no year of days is walked for them.
 */
export const weeklyHoursJsonLd = (schedule: Schedule): OpeningHoursSpecification[] => [
  ...weekSpecs(schedule.weekly),
  ...schedule.periods.flatMap((p) =>
    weekSpecs(p.weekly, { validFrom: p.validFrom, validThrough: p.validThrough }),
  ),
]
