import { describe, expect, test } from '@jest/globals'

import { unverifiedChannels } from '../../../collections/contactDetails/staleness'
import {
  cleanUp,
  endedPeriods,
  holidayQuestions,
} from '../../../collections/openingHours/staleness'

const weekdays = { days: ['1', '2', '3', '4', '5'], intervals: [{ from: '08:00', to: '16:00' }] }

describe('holiday readiness', () => {
  test('an eve the regular hours would open on, with no decision, is asked about', () => {
    const doc = {
      holidays: { closedOnEves: false, closedOnPublicHolidays: true },
      weekly: [weekdays],
    }
    // Midsommarafton 2027 is Friday 25 June; 2027-05-20 + 45 days reaches 4 July.
    const questions = holidayQuestions(doc, '2027-05-20')
    expect(questions.map((q) => q.message)).toEqual([
      expect.stringMatching(/^Har ni öppet på midsommarafton 2027-06-25\?/),
    ])
    expect(questions[0]).toMatchObject({ ruleId: 'stale/holiday-decision', severity: 'warning' })
  })

  test('outside the window nothing is asked; a flag or an exception is a decision', () => {
    const doc = {
      holidays: { closedOnEves: false, closedOnPublicHolidays: true },
      weekly: [weekdays],
    }
    expect(holidayQuestions(doc, '2027-05-09')).toEqual([]) // 47 days before
    expect(holidayQuestions({ ...doc, holidays: { closedOnEves: true } }, '2027-05-20')).toEqual([])
    const excepted = {
      ...doc,
      exceptions: [
        { closed: false, from: '2027-06-25', intervals: [{ from: '09:00', to: '12:00' }] },
      ],
    }
    expect(holidayQuestions(excepted, '2027-05-20')).toEqual([])
    // Half-day hours on the eves decide every eve, every year.
    const halfDay = {
      ...doc,
      holidays: { closedOnEves: false, eveHours: [{ from: '09:00', to: '12:00' }] },
    }
    expect(holidayQuestions(halfDay, '2027-05-20')).toEqual([])
  })

  test('public holidays are asked about when the flag is off, but not on days it is closed anyway', () => {
    const doc = {
      holidays: { closedOnEves: true, closedOnPublicHolidays: false },
      weekly: [weekdays],
    }
    // Juldagen Friday 25, annandag jul Saturday 26 (closed anyway), nyårsdagen Friday 1 Jan.
    const asked = holidayQuestions(doc, '2026-11-22').map((q) => q.message.split('?')[0])
    expect(asked).toEqual([
      'Har ni öppet på juldagen 2026-12-25',
      'Har ni öppet på nyårsdagen 2027-01-01',
      'Har ni öppet på trettondedag jul 2027-01-06', // day 45, the window's last
    ])
  })
})

describe('clean-up and ended periods', () => {
  test('past exceptions and an ended notice are clean-up work (info)', () => {
    const found = cleanUp(
      {
        exceptions: [
          { closed: true, from: '2026-11-01' },
          { closed: true, from: '2026-11-10', to: '2026-11-12' },
          { closed: true, from: '2026-12-24' },
        ],
        notice: {
          from: '2026-11-01T08:00:00Z',
          text: 'Stängt p.g.a. sjukdom',
          to: '2026-11-03T16:00:00Z',
        },
      },
      '2026-11-22',
      new Date('2026-11-22T10:00:00Z'),
    )
    expect(found.map((f) => [f.severity, f.message])).toEqual([
      ['info', expect.stringContaining('slutade 2026-11-03')],
      ['info', '2 avvikande dagar har passerat (senast 2026-11-12). Ta bort dem.'],
    ])
  })

  test('a period over with none current or coming warns; a coming one is enough', () => {
    const summer = { validFrom: '2026-06-22', validThrough: '2026-08-16', weekly: [weekdays] }
    expect(endedPeriods({ periods: [summer] }, '2026-11-22')).toEqual([
      expect.objectContaining({ ruleId: 'stale/period-ended', severity: 'warning' }),
    ])
    const next = { validFrom: '2027-06-21', validThrough: '2027-08-15', weekly: [weekdays] }
    expect(endedPeriods({ periods: [summer, next] }, '2026-11-22')).toEqual([])
    expect(endedPeriods({ periods: [summer] }, '2026-08-16')).toEqual([])
  })
})

describe('contact channels not verified', () => {
  test('numbers and addresses untested within the interval warn; fresh ones do not', () => {
    const doc = {
      channels: [
        {
          blockType: 'phone',
          label: 'Växel',
          number: '+46812345678',
          verifiedAt: '2026-05-21T12:00:00Z',
        },
        { address: 'info@exempel.se', blockType: 'email', verifiedAt: '2026-05-23T12:00:00Z' },
        { blockType: 'sms', number: '+46701234567' },
        { address: 'https://exempel.se', blockType: 'web' },
      ],
    }
    const found = unverifiedChannels(doc, '2026-11-22', 6)
    expect(found.map((f) => f.path)).toEqual(['channels.0.verifiedAt', 'channels.2.verifiedAt'])
    expect(found[0]!.message).toMatch(/^Telefonnumret "Växel" kontrollerades senast 2026-05-21/)
    expect(found[1]!.message).toMatch(/^Sms-numret har aldrig markerats som kontrollerat\./)
  })

  test('the participle agrees with the channel: "adressen … kontrollerad"', () => {
    const [found] = unverifiedChannels(
      { channels: [{ address: 'info@exempel.se', blockType: 'email' }] },
      '2026-11-22',
      6,
    )
    expect(found!.message).toMatch(/^E-postadressen har aldrig markerats som kontrollerad\./)
  })
})
