import Holidays from 'date-holidays'

export type SwedishHoliday = { date: string; kind: 'eve' | 'public'; name: string }

const calendar = new Holidays('SE')
const eves = new Set(['julafton', 'midsommarafton', 'nyårsafton'])
const byYear = new Map<number, Map<string, SwedishHoliday>>()

/**
 * Swedish public holidays (röda dagar) from date-holidays, plus the three eves that the policy
 * flags decide (julafton, midsommarafton, nyårsafton), keyed by "YYYY-MM-DD". Cached per year.
 */
export const holidaysOf = (year: number): Map<string, SwedishHoliday> => {
  let days = byYear.get(year)
  if (!days) {
    days = new Map()
    for (const holiday of calendar.getHolidays(year)) {
      const date = holiday.date.slice(0, 10)
      const name = holiday.name
      if (holiday.type === 'public') days.set(date, { date, kind: 'public', name })
      else if (eves.has(name.toLowerCase())) days.set(date, { date, kind: 'eve', name })
    }
    byYear.set(year, days)
  }
  return days
}

export const holidayOn = (date: string): SwedishHoliday | undefined =>
  holidaysOf(Number(date.slice(0, 4))).get(date)
