import { describe, expect, test } from '@jest/globals'

import { addDays, toInstant, toLocal, weekdayOf } from '../../../lib/openingHours'
import { wallClockRanges } from '../../../lib/openingHours/stockholmTime'
import { runWithTimeZone } from './programs/run'

test('results do not depend on the server time zone (separate processes, TZ set)', () => {
  const zones = ['UTC', 'America/New_York', 'Asia/Tokyo', 'Europe/Stockholm']
  const runs = zones.map((tz) => runWithTimeZone('timeZoneProbe.ts', tz))
  expect(runs.map((run) => run.timeZone)).toEqual(zones)
  const [first, ...rest] = runs.map(({ timeZone: _zone, ...run }) => run)
  for (const run of rest) expect(run).toEqual(first)
  expect(first.spring).toBe('2026-03-29T01:30:00.000Z')
}, 60_000)

describe('Stockholm wall time', () => {
  test('winter and summer offsets', () => {
    expect(toInstant('2026-01-15', 8 * 60).toISOString()).toBe('2026-01-15T07:00:00.000Z')
    expect(toInstant('2026-07-15', 8 * 60).toISOString()).toBe('2026-07-15T06:00:00.000Z')
    expect(toLocal(new Date('2026-07-15T06:00:00Z'))).toEqual({ date: '2026-07-15', minutes: 480 })
  })

  test('the spring gap moves forward, the autumn overlap takes the first occurrence', () => {
    // 2026-03-29: 02:00 CET becomes 03:00 CEST
    expect(toInstant('2026-03-29', 2 * 60 + 30).toISOString()).toBe('2026-03-29T01:30:00.000Z')
    expect(toInstant('2026-03-29', 3 * 60).toISOString()).toBe('2026-03-29T01:00:00.000Z')
    // 2026-10-25: 03:00 CEST becomes 02:00 CET, so 02:30 happens twice
    expect(toInstant('2026-10-25', 2 * 60 + 30).toISOString()).toBe('2026-10-25T00:30:00.000Z')
    expect(toInstant('2026-10-25', 4 * 60).toISOString()).toBe('2026-10-25T03:00:00.000Z')
  })

  test('"24:00" is the next midnight; dates roll over months and leap years', () => {
    expect(toInstant('2026-12-31', 24 * 60).toISOString()).toBe('2026-12-31T23:00:00.000Z')
    expect(addDays('2028-02-28', 1)).toBe('2028-02-29')
    expect(addDays('2027-02-28', 1)).toBe('2027-03-01')
    expect(addDays('2026-12-31', 1)).toBe('2027-01-01')
    expect(weekdayOf('2026-11-23')).toBe(1)
    expect(weekdayOf('2026-11-22')).toBe(7)
  })
})

test('wall-clock ranges on the clock-change nights: a skipped hour is never, a repeated one twice', () => {
  const iso = (ranges: Array<[number, number]>) =>
    ranges.map(([a, b]) => [new Date(a).toISOString(), new Date(b).toISOString()])
  // An ordinary day: one range, 08:00–12:00 CET.
  expect(iso(wallClockRanges('2026-12-07', 480, 720))).toEqual([
    ['2026-12-07T07:00:00.000Z', '2026-12-07T11:00:00.000Z'],
  ])
  // 29 March 2026: 02:00–03:00 does not exist; 02:30–03:30 is open from 03:00 summer time.
  expect(wallClockRanges('2026-03-29', 120, 180)).toEqual([])
  expect(iso(wallClockRanges('2026-03-29', 150, 210))).toEqual([
    ['2026-03-29T01:00:00.000Z', '2026-03-29T01:30:00.000Z'],
  ])
  // 25 October 2026: 02:00–03:00 happens twice, 02:30–03:30 is 02:30–03:00 CEST and 02:30–03:30 CET.
  expect(iso(wallClockRanges('2026-10-25', 150, 210))).toEqual([
    ['2026-10-25T00:30:00.000Z', '2026-10-25T01:00:00.000Z'],
    ['2026-10-25T01:30:00.000Z', '2026-10-25T02:30:00.000Z'],
  ])
  // "24:00" ends at the next midnight.
  expect(iso(wallClockRanges('2026-10-25', 1380, 1440))).toEqual([
    ['2026-10-25T22:00:00.000Z', '2026-10-25T23:00:00.000Z'],
  ])
})
