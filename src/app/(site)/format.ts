import { toLocal } from '../../../lib/openingHours'

/** Swedish dates and times for the public site, always in Europe/Stockholm. */
const zone = 'Europe/Stockholm'

/** "22 november 2026". */
export const longDate = (value: Date | string) =>
  new Intl.DateTimeFormat('sv-SE', { dateStyle: 'long', timeZone: zone }).format(new Date(value))

/** "16.30" — Swedish style, from an instant. */
export const clock = (value: Date | string) =>
  new Intl.DateTimeFormat('sv-SE', { hour: '2-digit', minute: '2-digit', timeZone: zone })
    .format(new Date(value))
    .replace(':', '.')

/** "16.30" from "16:30". */
export const hhmm = (time: string) => time.replace(':', '.')

/** "måndag" — the weekday of an instant or a "YYYY-MM-DD" day. */
export const weekday = (value: Date | string) =>
  new Intl.DateTimeFormat('sv-SE', { timeZone: zone, weekday: 'long' }).format(
    typeof value === 'string' && /^\d{4}-\d{2}-\d{2}$/.test(value)
      ? new Date(`${value}T12:00:00Z`)
      : new Date(value),
  )

const dayOf = (value: Date | string) => toLocal(new Date(value)).date

/** "Öppnar i dag 13.00", "Öppnar i morgon 08.00", "Öppnar måndag 08.00". */
export const whenNext = (instant: string, now = new Date()): string => {
  const day = dayOf(instant)
  const today = dayOf(now)
  const tomorrow = dayOf(new Date(now.getTime() + 86_400_000))
  const name = day === today ? 'i dag' : day === tomorrow ? 'i morgon' : weekday(instant)
  return `${name} ${clock(instant)}`
}
