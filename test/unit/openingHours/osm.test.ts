import { expect, test } from '@jest/globals'

import { toOsmOpeningHours } from '../../../lib/openingHours'
import { runWithTimeZone, runWithTimeZoneAsync } from './programs/run'
import { kontaktcenter } from './programs/schedules'

test('the export reads like a hand-written opening_hours value', () => {
  expect(toOsmOpeningHours(kontaktcenter)).toBe(
    [
      'Mo-Th 08:00-12:00,13:00-16:30',
      'Fr 08:00-15:00',
      'Sa 10:00-13:00',
      '2027 Jun 21-2027 Aug 13 off',
      '2027 Jun 21-2027 Aug 13 Mo-Fr 09:00-15:00',
      'PH off',
      'Dec 24 off',
      'Dec 31 off',
      'Jun 19-Jun 25 Fr off',
      // Exceptions longest first: where two overlap, the more specific comes later and wins.
      '2026 Dec 28-2026 Dec 30 off',
      '2026 Dec 23 08:00-12:00',
      '2027 Jan 05 10:00-14:00',
    ].join('; '),
  )
  expect(
    toOsmOpeningHours({
      ...kontaktcenter,
      exceptions: [],
      holidays: {
        closedOnEves: false,
        closedOnPublicHolidays: true,
        eveHours: [{ from: '09:00', to: '12:00' }],
      },
      periods: [],
      weekly: [],
    }),
  ).toBe('PH off; Dec 24 09:00-12:00; Dec 31 09:00-12:00; Jun 19-Jun 25 Fr 09:00-12:00')
  expect(
    toOsmOpeningHours({
      ...kontaktcenter,
      exceptions: [],
      periods: [],
      weekly: [],
      holidays: { closedOnEves: false, closedOnPublicHolidays: false },
    }),
  ).toBe('off')
})

// The opening_hours package (a dev dependency) is the oracle. It evaluates in the process's time
// zone, so it runs in a Node process of its own with TZ=Europe/Stockholm.
test('the opening_hours package agrees with our evaluation over a year of instants', () => {
  const result = runWithTimeZone('oracle.ts', 'Europe/Stockholm')
  expect(result.timeZone).toBe('Europe/Stockholm')
  expect(result.samples).toBeGreaterThan(5_000)
  expect(result.disagreements).toEqual([])
}, 60_000)

test('overlapping periods and exceptions: the most specific range wins in the status and in the export', () => {
  const result = runWithTimeZone('oracle.ts', 'Europe/Stockholm', [
    '2027-01-01T00:00:00Z',
    'overlapping',
  ])
  expect(result.samples).toBeGreaterThan(5_000)
  expect(result.disagreements).toEqual([])
}, 60_000)

// Seeded random schedules (randomSchedules.ts): lunch breaks, nested and overlapping periods,
// exceptions on holidays and eves, half-day eves, clock-change nights, open around the clock,
// zero-length and near-midnight intervals. Sampled at random instants, around every clock change
// and a minute either side of every change either evaluator sees. In New York the oracle reads
// Stockholm's wall clock; our own answers must be the same in both processes.
test('220 random schedules: 0 disagreements with opening_hours, in two time zones', async () => {
  const [stockholm, newYork] = await Promise.all(
    ['Europe/Stockholm', 'America/New_York'].map((tz) =>
      runWithTimeZoneAsync('randomOracle.ts', tz, ['20261207', '220']),
    ),
  )
  expect([stockholm.timeZone, newYork.timeZone]).toEqual(['Europe/Stockholm', 'America/New_York'])
  for (const run of [stockholm, newYork]) {
    expect(run.samples).toBeGreaterThan(50_000)
    expect(run.alwaysOpen).toBeGreaterThan(0)
    expect(run.disagreements).toEqual([])
  }
  expect(newYork.digest).toBe(stockholm.digest)
}, 240_000)
