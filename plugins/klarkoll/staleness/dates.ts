/**
 * Calendar dates in Europe/Stockholm, whatever the server's time zone: a review is due on a day,
 * not at an instant, and "today" in Sweden starts at midnight Swedish time (DST included).
 */
const stockholmDay = new Intl.DateTimeFormat('en-CA', {
  day: '2-digit',
  month: '2-digit',
  timeZone: 'Europe/Stockholm',
  year: 'numeric',
})

/** "YYYY-MM-DD" of an instant (or an ISO string) in Sweden. */
export const swedishDay = (at: Date | string): string =>
  stockholmDay.format(typeof at === 'string' ? new Date(at) : at)

const parts = (day: string) => day.split('-').map(Number) as [number, number, number]

const daysInMonth = (year: number, month: number) => new Date(Date.UTC(year, month, 0)).getUTCDate()

/**
 * `months` calendar months after `day`; the 31st (or 29 February) becomes the month's last day
 * when the target month is shorter, as people count months.
 */
export const addMonths = (day: string, months: number): string => {
  const [year, month, date] = parts(day)
  const index = year * 12 + (month - 1) + months
  const targetYear = Math.floor(index / 12)
  const targetMonth = (index % 12) + 1
  const targetDate = Math.min(date, daysInMonth(targetYear, targetMonth))
  return `${targetYear}-${String(targetMonth).padStart(2, '0')}-${String(targetDate).padStart(2, '0')}`
}

/** Whole days from `from` to `to` (negative when `to` is earlier). */
export const daysBetween = (from: string, to: string): number => {
  const [fy, fm, fd] = parts(from)
  const [ty, tm, td] = parts(to)
  return Math.round((Date.UTC(ty, tm - 1, td) - Date.UTC(fy, fm - 1, fd)) / 86_400_000)
}

export const addDays = (day: string, days: number): string => {
  const [year, month, date] = parts(day)
  return new Date(Date.UTC(year, month - 1, date + days)).toISOString().slice(0, 10)
}

/** A date field's value ("2027-03-01T00:00:00.000Z" or a Date) as the Swedish day it means. */
export const dayOf = (value: unknown): null | string => {
  if (value instanceof Date) return swedishDay(value)
  if (typeof value !== 'string' || value === '') return null
  if (/^\d{4}-\d{2}-\d{2}$/.test(value)) return value
  const instant = new Date(value)
  return Number.isNaN(instant.getTime()) ? null : swedishDay(instant)
}
