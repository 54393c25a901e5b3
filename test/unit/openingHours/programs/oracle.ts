// Run with TZ=Europe/Stockholm: the opening_hours package evaluates in the process's time zone.
import OpeningHours from 'opening_hours'

import { statusAt, toOsmOpeningHours } from '../../../../lib/openingHours'
import * as schedules from './schedules'

const schedule = schedules[(process.argv[3] ?? 'kontaktcenter') as keyof typeof schedules]
const oracle = new OpeningHours(toOsmOpeningHours(schedule), {
  address: { country_code: 'se', state: '' },
  lat: 59.33,
  lon: 18.07,
} as never)
const start = Date.parse(process.argv[2] ?? '2026-11-21T00:00:00Z')
const disagreements: string[] = []
let samples = 0
// Every 97 minutes for a year: every weekday, time of day, holiday, DST change and exception.
for (let t = start; t < start + 365 * 86_400_000; t += 97 * 60_000) {
  const instant = new Date(t)
  samples++
  if (oracle.getState(instant) !== statusAt(schedule, instant).open) {
    disagreements.push(instant.toISOString())
  }
}
console.log(
  JSON.stringify({
    disagreements,
    samples,
    timeZone: Intl.DateTimeFormat().resolvedOptions().timeZone,
  }),
)
