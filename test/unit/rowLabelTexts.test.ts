import { describe, expect, test } from '@jest/globals'

import {
  alternativeChannelRowText,
  channelRowText,
  daysText,
  exceptionRowText,
  periodRowText,
  weeklyRowText,
} from '../../collections/admin/rowLabelTexts'

describe('row labels say what the row holds', () => {
  test.each([
    [['1', '2', '3', '4', '5'], 'måndag–fredag'],
    [['1', '3', '5'], 'måndag, onsdag, fredag'],
    [['1', '2', '4', '5', '6', '7'], 'måndag, tisdag, torsdag–söndag'],
    [['6'], 'lördag'],
    [[], ''],
    ['1', ''],
  ])('days %j: %s', (days, text) => {
    expect(daysText(days, 'sv')).toBe(text)
  })

  test('weekly hours, with lunch closed as two intervals', () => {
    expect(
      weeklyRowText(
        {
          days: ['1', '2', '3', '4', '5'],
          intervals: [
            { from: '8', to: '12:00' },
            { from: '13:00', to: '16:30' },
          ],
        },
        'sv',
      ),
    ).toBe('Måndag–fredag 08.00–12.00, 13.00–16.30')
    expect(weeklyRowText({ days: ['6', '7'], intervals: [] }, 'en')).toBe('Saturday, Sunday')
    expect(weeklyRowText(undefined, 'sv')).toBe('')
  })

  test('periods and exceptions show their dates with the year', () => {
    expect(periodRowText({ validFrom: '2027-06-21', validThrough: '2027-08-13' }, 'sv')).toBe(
      '21 jun 2027–13 aug 2027',
    )
    expect(exceptionRowText({ closed: true, from: '2026-12-24' }, 'sv')).toBe('24 dec 2026: stängt')
    expect(
      exceptionRowText(
        { closed: false, from: '2026-12-23', intervals: [{ from: '10:00', to: '14:00' }] },
        'sv',
      ),
    ).toBe('23 dec 2026: 10.00–14.00')
    expect(exceptionRowText({ closed: true, from: '2026-12-27', to: '2026-12-30' }, 'en')).toBe(
      '27 Dec 2026–30 Dec 2026: closed',
    )
    expect(exceptionRowText({ from: 'i morgon' }, 'sv')).toBe('')
  })

  test('channels name their kind and their number or address', () => {
    expect(channelRowText('phone', { display: '0570-123 45', label: 'Växel' }, 'sv')).toBe(
      'Telefon 0570-123 45 (Växel)',
    )
    expect(channelRowText('email', { address: 'kontakt@exempelkommun.se' }, 'sv')).toBe(
      'E-post kontakt@exempelkommun.se',
    )
    expect(channelRowText('visit', { city: 'Exempelstad', street: 'Storgatan 1' }, 'sv')).toBe(
      'Besöksadress Storgatan 1, Exempelstad',
    )
    expect(channelRowText('web', {}, 'en')).toBe('Website')
  })

  test('other ways to apply name the way and its description', () => {
    expect(
      alternativeChannelRowText(
        { description: 'Blanketten finns i receptionen.', kind: 'pappersblankett' },
        'sv',
      ),
    ).toBe('Pappersblankett – Blanketten finns i receptionen.')
  })
})
