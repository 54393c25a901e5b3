import type { Interval, Schedule, Weekday, WeeklyRow } from '../../lib/openingHours'

type IntervalDoc = { from?: null | string; to?: null | string }
type RowDoc = { days?: null | string[]; intervals?: IntervalDoc[] | null }

const intervals = (list: IntervalDoc[] | null | undefined): Interval[] =>
  (list ?? []).flatMap((i) => (i?.from && i?.to ? [{ from: i.from, to: i.to }] : []))

const rows = (list: null | RowDoc[] | undefined): WeeklyRow[] =>
  (list ?? []).map((row) => ({
    days: (row?.days ?? []).map(Number).filter((d): d is Weekday => d >= 1 && d <= 7),
    intervals: intervals(row?.intervals),
  }))

export type OpeningHoursDoc = {
  exceptions?: Array<{
    closed?: boolean | null
    from?: null | string
    intervals?: IntervalDoc[] | null
    note?: null | string
    to?: null | string
  }> | null
  holidays?: {
    closedOnEves?: boolean | null
    closedOnPublicHolidays?: boolean | null
    eveHours?: IntervalDoc[] | null
  } | null
  notice?: { from?: null | string; text?: null | string; to?: null | string } | null
  periods?: Array<{
    validFrom?: null | string
    validThrough?: null | string
    weekly?: null | RowDoc[]
  }> | null
  weekly?: null | RowDoc[]
}

/** A stored opening-hours document as the evaluator's schedule. */
export const toSchedule = (doc: OpeningHoursDoc): Schedule => ({
  exceptions: (doc.exceptions ?? []).flatMap((e) =>
    e?.from
      ? [
          {
            closed: Boolean(e.closed),
            from: e.from,
            intervals: intervals(e.intervals),
            ...(e.note ? { note: e.note } : {}),
            ...(e.to ? { to: e.to } : {}),
          },
        ]
      : [],
  ),
  holidays: {
    closedOnEves: doc.holidays?.closedOnEves !== false,
    closedOnPublicHolidays: doc.holidays?.closedOnPublicHolidays !== false,
    eveHours: intervals(doc.holidays?.eveHours),
  },
  notice:
    doc.notice?.text && doc.notice.from && doc.notice.to
      ? { from: doc.notice.from, text: doc.notice.text, to: doc.notice.to }
      : null,
  periods: (doc.periods ?? []).flatMap((p) =>
    p?.validFrom && p.validThrough
      ? [{ validFrom: p.validFrom, validThrough: p.validThrough, weekly: rows(p.weekly) }]
      : [],
  ),
  weekly: rows(doc.weekly),
})
