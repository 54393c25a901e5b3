import { expect, test } from '@jest/globals'
import { JSDOM } from 'jsdom'

import type { Schedule } from '../../../lib/openingHours'

import { deviationsFeed } from '../../../lib/openingHours/deviationsFeed'

const base: Schedule = {
  exceptions: [],
  holidays: { closedOnEves: true, closedOnPublicHolidays: true },
  periods: [],
  weekly: [],
}

const entries = (xml: string) => {
  const document = new JSDOM(xml, { contentType: 'application/xml' }).window.document
  expect(document.documentElement.localName).toBe('feed')
  return [...document.querySelectorAll('entry')].map((entry) => ({
    content: entry.querySelector('content')?.textContent,
    id: entry.querySelector('id')?.textContent,
    title: entry.querySelector('title')?.textContent,
  }))
}

test('notices on or coming and exceptions in the next 60 days, soonest first, in Swedish', () => {
  const xml = deviationsFeed(
    [
      {
        id: 3,
        name: 'Simhallen',
        schedule: {
          ...base,
          exceptions: [
            { closed: true, from: '2026-11-30', note: 'Redan över.' },
            {
              closed: true,
              from: '2026-12-28',
              note: 'Personalen har semester.',
              to: '2026-12-30',
            },
            { closed: false, from: '2026-12-23', intervals: [{ from: '08:00', to: '12:00' }] },
            { closed: true, from: '2027-03-01', note: 'För långt fram.' },
          ],
        },
        updatedAt: '2026-12-01T10:00:00.000Z',
      },
      {
        id: 4,
        name: 'Kontaktcenter – telefontid',
        schedule: {
          ...base,
          notice: {
            from: '2026-12-10T07:00:00.000Z',
            text: 'Telefonen är stängd under utbildningsdagen.',
            to: '2026-12-10T15:00:00.000Z',
          },
        },
        updatedAt: '2026-12-02T10:00:00.000Z',
      },
      {
        id: 5,
        name: 'Biblioteket',
        schedule: {
          ...base,
          notice: { from: '2026-11-01T00:00:00Z', text: 'Gammalt.', to: '2026-11-02T00:00:00Z' },
        },
        updatedAt: '2026-11-01T10:00:00.000Z',
      },
    ],
    {
      feedUrl: 'https://kommun.example/api/opening-hours/feed',
      now: new Date('2026-12-07T10:00:00Z'),
      pageUrl: 'https://kommun.example/kontakta-oss',
      today: '2026-12-07',
    },
  )
  expect(entries(xml)).toEqual([
    {
      content:
        'Telefonen är stängd under utbildningsdagen. Gäller 10 december 2026 kl. 8.00–16.00.',
      id: 'https://kommun.example/api/opening-hours/feed#4-notice-2026-12-10T07:00:00.000Z',
      title: 'Kontaktcenter – telefontid: Telefonen är stängd under utbildningsdagen.',
    },
    {
      content: 'Simhallen: öppet 8.00–12.00 23 december 2026.',
      id: 'https://kommun.example/api/opening-hours/feed#3-exception-2026-12-23-2026-12-23',
      title: 'Simhallen: öppet 8.00–12.00 23 december 2026',
    },
    {
      content: 'Simhallen: stängt 28 december 2026–30 december 2026. Personalen har semester.',
      id: 'https://kommun.example/api/opening-hours/feed#3-exception-2026-12-28-2026-12-30',
      title: 'Simhallen: stängt 28 december 2026–30 december 2026',
    },
  ])
})
