// Prints what the evaluator computes, so a test can compare runs under different TZ values.
import { statusAt, toInstant, toLocal, week } from '../../../../lib/openingHours'
import { kontaktcenter } from './schedules'

const instants = [
  '2026-03-27T16:00:00Z',
  '2026-10-25T01:30:00Z',
  '2026-12-24T10:00:00Z',
  '2027-07-01T08:00:00Z',
]
console.log(
  JSON.stringify({
    local: instants.map((i) => toLocal(new Date(i))),
    spring: toInstant('2026-03-29', 150).toISOString(),
    status: instants.map((i) => statusAt(kontaktcenter, new Date(i))),
    timeZone: Intl.DateTimeFormat().resolvedOptions().timeZone,
    week: week(kontaktcenter, '2026-12-21'),
  }),
)
