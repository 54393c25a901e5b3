import { expect, test } from '@jest/globals'

import type { Schedule } from '../../../lib/openingHours'

import { openingHoursJsonLd } from '../../../lib/jsonLd/openingHours'

const schedule: Schedule = {
  exceptions: [
    {
      closed: false,
      from: '2026-12-23',
      intervals: [{ from: '08:00', to: '12:00' }],
      note: 'Kort dag',
    },
  ],
  holidays: { closedOnEves: true, closedOnPublicHolidays: true },
  periods: [
    {
      validFrom: '2027-06-21',
      validThrough: '2027-08-13',
      weekly: [{ days: [1, 2, 3, 4, 5], intervals: [{ from: '09:00', to: '15:00' }] }],
    },
  ],
  weekly: [
    { days: [1, 2, 3, 4, 5], intervals: [{ from: '08:00', to: '16:30' }] },
    { days: [6], intervals: [{ from: '10:00', to: '24:00' }] },
  ],
}

test('weekly rows, periods with their validity, closed days and midnight as 23:59', () => {
  const { openingHoursSpecification } = openingHoursJsonLd(schedule, { from: '2026-12-01' })
  expect(openingHoursSpecification).toEqual([
    expect.objectContaining({ closes: '16:30', opens: '08:00' }),
    expect.objectContaining({ closes: '23:59', dayOfWeek: ['https://schema.org/Saturday'] }),
    expect.objectContaining({ closes: '00:00', dayOfWeek: ['https://schema.org/Sunday'] }),
    expect.objectContaining({
      closes: '15:00',
      opens: '09:00',
      validFrom: '2027-06-21',
      validThrough: '2027-08-13',
    }),
    expect.objectContaining({
      dayOfWeek: ['https://schema.org/Saturday', 'https://schema.org/Sunday'],
      opens: '00:00',
      validFrom: '2027-06-21',
    }),
  ])
})

test('exceptions, public holidays and the three eves as dated special hours', () => {
  const { specialOpeningHoursSpecification } = openingHoursJsonLd(schedule, {
    days: 40,
    from: '2026-12-01',
  })
  expect(
    specialOpeningHoursSpecification.map((s) => [s.validFrom, s.opens, s.closes, s.description]),
  ).toEqual([
    ['2026-12-23', '08:00', '12:00', 'Kort dag'],
    ['2026-12-24', '00:00', '00:00', 'Julafton'],
    ['2026-12-25', '00:00', '00:00', 'Juldagen'],
    ['2026-12-26', '00:00', '00:00', 'Annandag jul'],
    ['2026-12-31', '00:00', '00:00', 'Nyårsafton'],
    ['2027-01-01', '00:00', '00:00', 'Nyårsdagen'],
    ['2027-01-06', '00:00', '00:00', 'Trettondedag jul'],
  ])
  for (const s of specialOpeningHoursSpecification) expect(s.validThrough).toBe(s.validFrom)
})

test('a schedule that stays open on holidays has no special hours for them', () => {
  const open = { ...schedule, holidays: { closedOnEves: false, closedOnPublicHolidays: false } }
  const { specialOpeningHoursSpecification } = openingHoursJsonLd(open, {
    days: 40,
    from: '2026-12-01',
  })
  expect(specialOpeningHoursSpecification.map((s) => s.validFrom)).toEqual(['2026-12-23'])
})
