import type { ArrayField, FieldHook, TextFieldSingleValidation } from 'payload'

import { clockWords, normalizeTime, parseTime } from '../../lib/openingHours'

const time = /^(?:(?:[01]\d|2[0-3]):[0-5]\d|24:00)$/
const isoDate = /^\d{4}-(?:0[1-9]|1[0-2])-(?:0[1-9]|[12]\d|3[01])$/

/** "YYYY-MM-DD" that exists in the calendar (not 2026-02-30). */
export const isCalendarDate = (value: string): boolean =>
  isoDate.test(value) && new Date(`${value}T00:00:00Z`).toISOString().slice(0, 10) === value

/**
 * A time of day as editors write it ("8", "8.00", "08:30"); it is stored as "HH:MM" by
 * `storeTime`. The admin validates what was typed before any hook has run, so both forms pass.
 */
export const validateTime: TextFieldSingleValidation = (value) => {
  if (typeof value !== 'string' || value.trim() === '') return 'Ange en tid, till exempel 8.30.'
  const stored = normalizeTime(value)
  return stored !== null && time.test(stored)
    ? true
    : `"${value}" är ingen giltig tid. Skriv till exempel 8, 8.30 eller 16.45 (24-timmarsklocka).`
}

/** Stores a valid time as "HH:MM" (the API's and OpenStreetMap's form); anything else as typed. */
export const storeTime: FieldHook = ({ value }) =>
  typeof value === 'string' ? (normalizeTime(value) ?? value) : value

/** The end of an interval: a valid time after the start. */
export const validateEnd: TextFieldSingleValidation = (value, args) => {
  const valid = validateTime(value, args)
  if (valid !== true) return valid
  const rawFrom = (args.siblingData as { from?: unknown } | undefined)?.from
  const from = typeof rawFrom === 'string' ? normalizeTime(rawFrom) : null
  const to = normalizeTime(value!)!
  if (from !== null && time.test(from) && parseTime(to) <= parseTime(from)) {
    return `Sluttiden ${clockWords(to)} måste vara efter starttiden ${clockWords(from)}.`
  }
  return true
}

/** "YYYY-MM-DD" that exists in the calendar. */
export const validateDate: TextFieldSingleValidation = (value, { required }) => {
  if (typeof value !== 'string' || value.trim() === '') {
    return required ? 'Ange ett datum, till exempel 2026-12-24.' : true
  }
  if (!isCalendarDate(value)) {
    return `"${value}" är inget giltigt datum. Skriv ÅÅÅÅ-MM-DD, till exempel 2026-12-24.`
  }
  return true
}

/** A date that ends a range: valid and not before the start (`from` or `validFrom`). */
export const validateRangeEnd =
  (startField: string): TextFieldSingleValidation =>
  (value, args) => {
    const valid = validateDate(value, args)
    if (valid !== true || typeof value !== 'string' || value === '') return valid
    const start = (args.siblingData as Record<string, unknown> | undefined)?.[startField]
    if (typeof start === 'string' && isoDate.test(start) && value < start) {
      return `Slutdatumet ${value} är före startdatumet ${start}.`
    }
    return true
  }

type Row = { days?: unknown; intervals?: Array<{ from?: unknown; to?: unknown }> | null }

const dayNames = ['', 'måndag', 'tisdag', 'onsdag', 'torsdag', 'fredag', 'lördag', 'söndag']

/** Intervals on the same day, from any row, must not overlap. */
export const validateWeekly: ArrayField['validate'] = (value) => {
  if (!Array.isArray(value)) return true
  const byDay = new Map<number, Array<[number, number, string]>>()
  for (const row of value as Row[]) {
    const days = Array.isArray(row?.days) ? row.days.map(Number) : []
    for (const interval of row?.intervals ?? []) {
      const { from, to } = interval ?? {}
      if (typeof from !== 'string' || typeof to !== 'string' || !time.test(from) || !time.test(to))
        continue
      for (const day of days) {
        const list = byDay.get(day) ?? []
        list.push([parseTime(from), parseTime(to), `${from}–${to}`])
        byDay.set(day, list)
      }
    }
  }
  for (const [day, list] of byDay) {
    list.sort((a, b) => a[0] - b[0])
    for (let i = 1; i < list.length; i++) {
      if (list[i]![0] < list[i - 1]![1]) {
        return `Tiderna ${list[i - 1]![2]} och ${list[i]![2]} överlappar på ${dayNames[day]}. Ändra eller ta bort en av dem.`
      }
    }
  }
  return true
}
