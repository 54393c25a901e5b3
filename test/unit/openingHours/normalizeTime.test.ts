import { describe, expect, test } from '@jest/globals'

import { normalizeTime } from '../../../lib/openingHours'

describe('normalizeTime', () => {
  test.each([
    ['8', '08:00'],
    ['08', '08:00'],
    ['8.00', '08:00'],
    ['8:00', '08:00'],
    ['08:00', '08:00'],
    ['8.30', '08:30'],
    ['0830', '08:30'],
    [' kl. 16.45 ', '16:45'],
    ['Kl 9', '09:00'],
    ['0', '00:00'],
    ['24', '24:00'],
    ['24.00', '24:00'],
  ])('%j is stored as %s', (written, stored) => {
    expect(normalizeTime(written)).toBe(stored)
  })

  test.each(['', 'ett', '8:5', '8.300', '25', '24.30', '12:60', '8–12', '-8', '8 00'])(
    '%j is not a time of day',
    (written) => {
      expect(normalizeTime(written)).toBeNull()
    },
  )
})
