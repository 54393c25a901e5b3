import { describe, expect, test } from '@jest/globals'

import { addDays, addMonths, dayOf, daysBetween, swedishDay } from './dates'

describe('review dates in Europe/Stockholm', () => {
  test('months are counted as people count them, clamped at month ends', () => {
    expect(addMonths('2026-01-31', 1)).toBe('2026-02-28')
    expect(addMonths('2028-01-31', 1)).toBe('2028-02-29') // leap year
    expect(addMonths('2028-02-29', 12)).toBe('2029-02-28')
    expect(addMonths('2026-08-31', 6)).toBe('2027-02-28')
    expect(addMonths('2026-11-30', 3)).toBe('2027-02-28')
    expect(addMonths('2026-05-15', 12)).toBe('2027-05-15')
    expect(addMonths('2026-12-01', -1)).toBe('2026-11-01')
  })

  test('the Swedish day of an instant, across both DST changes', () => {
    // 23:30 UTC is already the next day in Sweden, in winter (+1) and summer (+2).
    expect(swedishDay(new Date('2026-12-31T23:30:00Z'))).toBe('2027-01-01')
    expect(swedishDay(new Date('2026-06-30T22:30:00Z'))).toBe('2026-07-01')
    expect(swedishDay(new Date('2026-06-30T21:30:00Z'))).toBe('2026-06-30')
    // The night clocks go forward (29 March 2026) and back (25 October 2026).
    expect(swedishDay(new Date('2026-03-28T23:00:00Z'))).toBe('2026-03-29')
    expect(swedishDay(new Date('2026-10-24T22:30:00Z'))).toBe('2026-10-25')
    expect(swedishDay(new Date('2026-10-25T22:59:00Z'))).toBe('2026-10-25')
    expect(swedishDay(new Date('2026-10-25T23:00:00Z'))).toBe('2026-10-26')
  })

  test('days between dates ignore DST (a 23-hour day is still one day)', () => {
    expect(daysBetween('2026-03-28', '2026-03-30')).toBe(2)
    expect(daysBetween('2026-10-24', '2026-10-26')).toBe(2)
    expect(daysBetween('2028-02-28', '2028-03-01')).toBe(2)
    expect(daysBetween('2026-11-22', '2026-11-01')).toBe(-21)
    expect(addDays('2028-02-28', 1)).toBe('2028-02-29')
    expect(addDays('2026-12-31', 1)).toBe('2027-01-01')
  })

  test('a date field value means the Swedish day it was picked for', () => {
    // Payload's day picker stores noon UTC; a midnight value is still the Swedish date.
    expect(dayOf('2027-03-01T12:00:00.000Z')).toBe('2027-03-01')
    expect(dayOf('2027-02-28T23:00:00.000Z')).toBe('2027-03-01')
    expect(dayOf('2027-03-01')).toBe('2027-03-01')
    expect(dayOf('')).toBeNull()
    expect(dayOf('inte ett datum')).toBeNull()
    expect(dayOf(null)).toBeNull()
  })
})
