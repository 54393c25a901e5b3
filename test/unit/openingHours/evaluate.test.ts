import { describe, expect, test } from '@jest/globals'

import type { Schedule } from '../../../lib/openingHours'

import { dayPlan, holidayOn, statusAt, week } from '../../../lib/openingHours'

const weekdays = [1, 2, 3, 4, 5] as const

// Kontaktcenter: lunch closed, summer hours, Christmas exception, closed on holidays and eves.
const schedule = (overrides: Partial<Schedule> = {}): Schedule => ({
  exceptions: [],
  holidays: { closedOnEves: true, closedOnPublicHolidays: true },
  periods: [
    {
      validFrom: '2026-06-22',
      validThrough: '2026-08-14',
      weekly: [{ days: [...weekdays], intervals: [{ from: '09:00', to: '15:00' }] }],
    },
  ],
  weekly: [
    {
      days: [...weekdays],
      intervals: [
        { from: '08:00', to: '12:00' },
        { from: '13:00', to: '16:30' },
      ],
    },
  ],
  ...overrides,
})

const at = (iso: string) => new Date(iso)

describe('Swedish holidays', () => {
  test('public holidays and the three eves', () => {
    expect(holidayOn('2026-12-25')).toMatchObject({ kind: 'public' })
    expect(holidayOn('2026-06-06')).toMatchObject({ kind: 'public' })
    expect(holidayOn('2026-12-24')).toMatchObject({ kind: 'eve', name: 'julafton' })
    expect(holidayOn('2026-06-19')).toMatchObject({ kind: 'eve', name: 'midsommarafton' })
    expect(holidayOn('2027-06-25')).toMatchObject({ kind: 'eve', name: 'midsommarafton' })
    expect(holidayOn('2026-12-31')).toMatchObject({ kind: 'eve', name: 'nyårsafton' })
    expect(holidayOn('2026-11-23')).toBeUndefined()
    // Valborgsmässoafton is not one of the three eves.
    expect(holidayOn('2026-04-30')).toBeUndefined()
  })
})

describe('dayPlan: exception → holiday → period → weekly', () => {
  test('a regular day with lunch closed is two intervals', () => {
    expect(dayPlan(schedule(), '2026-11-23')).toEqual({
      date: '2026-11-23',
      intervals: [
        { from: '08:00', to: '12:00' },
        { from: '13:00', to: '16:30' },
      ],
      reason: 'regular',
    })
    expect(dayPlan(schedule(), '2026-11-22').intervals).toEqual([])
  })

  test('a period (summer hours) replaces the weekly rows', () => {
    expect(dayPlan(schedule(), '2026-07-01')).toMatchObject({
      intervals: [{ from: '09:00', to: '15:00' }],
      reason: 'period',
    })
  })

  test('holidays and eves close when the policy says so', () => {
    expect(dayPlan(schedule(), '2026-12-24')).toMatchObject({ intervals: [], reason: 'holiday' })
    expect(dayPlan(schedule(), '2026-06-19')).toMatchObject({
      holiday: 'midsommarafton',
      reason: 'holiday',
    })
    const openOnEves = schedule({ holidays: { closedOnEves: false, closedOnPublicHolidays: true } })
    expect(dayPlan(openOnEves, '2026-12-24').reason).toBe('regular')
    expect(dayPlan(openOnEves, '2026-12-25').reason).toBe('holiday')
  })

  test('an exception overrides a holiday, and ranges are inclusive', () => {
    const withChristmas = schedule({
      exceptions: [
        {
          closed: false,
          from: '2026-12-24',
          intervals: [{ from: '09:00', to: '12:00' }],
          note: 'Kort dag',
        },
        { closed: true, from: '2026-12-28', note: 'Stängt mellan helgerna', to: '2026-12-30' },
      ],
    })
    expect(dayPlan(withChristmas, '2026-12-24')).toMatchObject({
      intervals: [{ from: '09:00', to: '12:00' }],
      note: 'Kort dag',
      reason: 'exception',
    })
    for (const date of ['2026-12-28', '2026-12-29', '2026-12-30']) {
      expect(dayPlan(withChristmas, date)).toMatchObject({ intervals: [], reason: 'exception' })
    }
    expect(dayPlan(withChristmas, '2026-12-31').reason).toBe('holiday')
  })
})

describe('statusAt', () => {
  test('open in the morning, closing for lunch', () => {
    expect(statusAt(schedule(), at('2026-11-23T09:00:00Z'))).toEqual({
      closesAt: '2026-11-23T11:00:00.000Z',
      nextChange: '2026-11-23T11:00:00.000Z',
      open: true,
      reason: 'regular',
    })
  })

  test('closed at lunch, opening 13:00', () => {
    expect(statusAt(schedule(), at('2026-11-23T11:30:00Z'))).toMatchObject({
      open: false,
      opensAt: '2026-11-23T12:00:00.000Z',
    })
  })

  test('Friday after closing opens Monday, across the spring DST change', () => {
    // Friday 2026-03-27 17:00 CET; Monday 2026-03-30 08:00 is summer time (06:00 UTC)
    expect(statusAt(schedule(), at('2026-03-27T16:00:00Z'))).toMatchObject({
      open: false,
      opensAt: '2026-03-30T06:00:00.000Z',
      reason: 'regular',
    })
  })

  test('a holiday says why it is closed and when it opens next', () => {
    expect(statusAt(schedule(), at('2026-12-24T10:00:00Z'))).toMatchObject({
      open: false,
      opensAt: '2026-12-28T07:00:00.000Z',
      reason: 'holiday',
    })
  })

  test('a temporary notice is shown until its end', () => {
    const notice = {
      from: '2026-11-20T00:00:00Z',
      text: 'Telefonen är trasig',
      to: '2026-11-24T00:00:00Z',
    }
    expect(statusAt(schedule({ notice }), at('2026-11-23T09:00:00Z'))).toMatchObject({
      note: 'Telefonen är trasig',
      open: true,
      reason: 'notice',
    })
    expect(statusAt(schedule({ notice }), at('2026-11-24T09:00:00Z'))).toMatchObject({
      open: true,
      reason: 'regular',
    })
  })

  test('intervals across midnight are one opening', () => {
    const evening = schedule({
      weekly: [
        { days: [5], intervals: [{ from: '20:00', to: '24:00' }] },
        { days: [6], intervals: [{ from: '00:00', to: '02:00' }] },
      ],
      periods: [],
    })
    expect(statusAt(evening, at('2026-11-27T22:00:00Z'))).toMatchObject({
      closesAt: '2026-11-28T01:00:00.000Z',
      open: true,
    })
  })

  test('never open: no next change', () => {
    expect(statusAt(schedule({ periods: [], weekly: [] }), at('2026-11-23T09:00:00Z'))).toEqual({
      nextChange: null,
      open: false,
      reason: 'regular',
    })
  })
})

test('week: seven concrete days with reasons', () => {
  const days = week(schedule(), '2026-12-21')
  expect(days.map((d) => [d.date, d.reason, d.intervals.length])).toEqual([
    ['2026-12-21', 'regular', 2],
    ['2026-12-22', 'regular', 2],
    ['2026-12-23', 'regular', 2],
    ['2026-12-24', 'holiday', 0],
    ['2026-12-25', 'holiday', 0],
    ['2026-12-26', 'holiday', 0],
    ['2026-12-27', 'regular', 0],
  ])
})

describe('what the review found', () => {
  test('open around the clock has no made-up closing time', () => {
    const always = schedule({
      holidays: { closedOnEves: false, closedOnPublicHolidays: false },
      periods: [],
      weekly: [{ days: [1, 2, 3, 4, 5, 6, 7], intervals: [{ from: '00:00', to: '24:00' }] }],
    })
    const status = statusAt(always, at('2027-02-13T10:00:00Z'))
    expect(status).toMatchObject({ nextChange: null, open: true, openAroundTheClock: true })
    expect(status.closesAt).toBeUndefined()
    // Open until a closed day in sight: then it does close.
    const withBreak = { ...always, exceptions: [{ closed: true, from: '2027-02-20' }] }
    expect(statusAt(withBreak, at('2027-02-13T10:00:00Z'))).toMatchObject({
      closesAt: '2027-02-19T23:00:00.000Z',
      open: true,
    })
  })

  test('an hour that the spring clock change skips is not open for a day', () => {
    const sunday = schedule({
      holidays: { closedOnEves: false, closedOnPublicHolidays: false },
      periods: [],
      weekly: [{ days: [7], intervals: [{ from: '02:00', to: '03:00' }] }],
    })
    // 29 March 2026: 02:00 becomes 03:00. Noon that day is closed.
    expect(statusAt(sunday, at('2026-03-29T10:00:00Z')).open).toBe(false)
    // A week later the hour exists: 02:00–03:00 CEST is 00:00–01:00 UTC.
    expect(statusAt(sunday, at('2026-04-05T00:30:00Z'))).toMatchObject({
      closesAt: '2026-04-05T01:00:00.000Z',
      open: true,
    })
  })

  test('overlapping exceptions: the shorter range wins, whichever is listed first', () => {
    const summer = {
      closed: false,
      from: '2027-06-13',
      intervals: [{ from: '08:15', to: '14:15' }],
      to: '2027-08-16',
    }
    const closedWeeks = { closed: true, from: '2027-06-22', to: '2027-07-02' }
    for (const exceptions of [
      [summer, closedWeeks],
      [closedWeeks, summer],
    ]) {
      const s = schedule({ exceptions })
      expect(dayPlan(s, '2027-06-23').intervals).toEqual([])
      expect(dayPlan(s, '2027-07-05').intervals).toEqual([{ from: '08:15', to: '14:15' }])
    }
  })
})

test('half-day eves: open until 12.00 on julafton, midsommarafton and nyårsafton', () => {
  const halfDay = schedule({
    holidays: {
      closedOnEves: false,
      closedOnPublicHolidays: true,
      eveHours: [{ from: '09:00', to: '12:00' }],
    },
  })
  // Thursday 24 December 2026 would be 08:00–12:00, 13:00–16:30.
  expect(dayPlan(halfDay, '2026-12-24')).toMatchObject({
    holiday: 'julafton',
    intervals: [{ from: '09:00', to: '12:00' }],
    reason: 'holiday',
  })
  // Midsommarafton in the summer period: the eve's hours still win.
  expect(dayPlan(halfDay, '2026-06-19').intervals).toEqual([{ from: '09:00', to: '12:00' }])
  // The day after is a public holiday, and the day before an ordinary day.
  expect(dayPlan(halfDay, '2026-12-25').intervals).toEqual([])
  expect(dayPlan(halfDay, '2026-12-23').reason).toBe('regular')
  expect(statusAt(halfDay, at('2026-12-24T10:30:00Z'))).toMatchObject({
    closesAt: '2026-12-24T11:00:00.000Z',
    open: true,
  })
  // An exception for the date still decides, and "closed on eves" still closes.
  const excepted = { ...halfDay, exceptions: [{ closed: true, from: '2026-12-24' }] }
  expect(dayPlan(excepted, '2026-12-24').intervals).toEqual([])
  const closed = schedule({
    holidays: { ...halfDay.holidays, closedOnEves: true },
  })
  expect(dayPlan(closed, '2026-12-24').intervals).toEqual([])
})
