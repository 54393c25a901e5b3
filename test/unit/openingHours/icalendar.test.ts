import { expect, test } from '@jest/globals'
import ICAL from 'ical.js'

import type { Schedule } from '../../../lib/openingHours'

import { deviationsCalendar } from '../../../lib/openingHours/icalendar'

const schedule: Schedule = {
  exceptions: [
    { closed: true, from: '2026-12-28', note: 'Stängt mellan helgerna', to: '2026-12-29' },
    { closed: false, from: '2027-03-28', intervals: [{ from: '01:30', to: '04:00' }] },
  ],
  holidays: {
    closedOnEves: false,
    closedOnPublicHolidays: true,
    eveHours: [{ from: '09:00', to: '12:00' }],
  },
  periods: [],
  weekly: [{ days: [1, 2, 3, 4, 5], intervals: [{ from: '08:00', to: '16:30' }] }],
}

const events = (text: string) =>
  new ICAL.Component(ICAL.parse(text)).getAllSubcomponents('vevent').map((vevent) => {
    const event = new ICAL.Event(vevent)
    return {
      allDay: event.startDate.isDate,
      description: event.description,
      end: event.endDate?.toJSDate().toISOString(),
      start: event.startDate.isDate
        ? event.startDate.toString()
        : event.startDate.toJSDate().toISOString(),
      summary: event.summary,
      uid: event.uid,
    }
  })

test('the days that differ, as events a calendar program reads back', () => {
  const text = deviationsCalendar(schedule, {
    days: 120,
    from: '2026-12-20',
    id: 'opening-hours-7@kommun.example',
    name: 'Kontaktcenter',
    now: new Date('2026-12-07T10:00:00Z'),
    url: 'https://kommun.example/kontakta-oss',
  })
  expect(text).toMatch(/^BEGIN:VCALENDAR/)
  expect(text).toContain('DTSTAMP:20261207T100000Z')
  const found = events(text)
  expect(found.find((e) => e.start.startsWith('2026-12-24'))).toEqual({
    allDay: false,
    description: 'Julafton',
    end: '2026-12-24T11:00:00.000Z',
    start: '2026-12-24T08:00:00.000Z',
    summary: 'Kontaktcenter: öppet 9.00–12.00',
    uid: '2026-12-24-0-opening-hours-7@kommun.example',
  })
  // Public holidays and the exception's closed days are all-day events with the reason.
  expect(found.filter((e) => e.allDay).map((e) => [e.start, e.description])).toEqual([
    ['2026-12-25', 'Juldagen'],
    ['2026-12-26', 'Annandag jul'],
    ['2026-12-28', 'Stängt mellan helgerna'],
    ['2026-12-29', 'Stängt mellan helgerna'],
    ['2027-01-01', 'Nyårsdagen'],
    ['2027-01-06', 'Trettondedag jul'],
    ['2027-03-26', 'Långfredagen'],
    ['2027-03-29', 'Annandag påsk'],
  ])
  // The spring clock change (28 March 2027): 01:30–04:00 lasts 1.5 hours, in UTC.
  expect(found.find((e) => e.start.startsWith('2027-03-28'))).toMatchObject({
    end: '2027-03-28T02:00:00.000Z',
    start: '2027-03-28T00:30:00.000Z',
  })
  // Ordinary days are not in the file.
  expect(found.some((e) => e.start.startsWith('2026-12-21'))).toBe(false)
})
