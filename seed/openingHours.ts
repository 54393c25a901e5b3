import { addDays } from '../lib/openingHours'

type Interval = { from: string; to: string }
type Row = { days: string[]; intervals: Interval[] }

export type SeedOpeningHours = {
  exceptions?: Array<{
    closed: boolean
    from: string
    intervals?: Interval[]
    note: string
    to?: string
  }>
  holidays?: { closedOnEves: boolean; closedOnPublicHolidays: boolean }
  key: string
  kind: 'besokstid' | 'chatt' | 'reception' | 'telefontid'
  name: string
  periods?: Array<{ validFrom: string; validThrough: string; weekly: Row[] }>
  weekly: Row[]
}

const weekdays = ['1', '2', '3', '4', '5']
const lunchClosed = [
  { from: '08:00', to: '12:00' },
  { from: '13:00', to: '16:30' },
]

/** The next summer (ends mid-August) and the next Christmas seen from `today` ("YYYY-MM-DD"). */
export const seasonsFrom = (today: string) => {
  const year = Number(today.slice(0, 4))
  const summerYear = today <= `${year}-08-14` ? year : year + 1
  const christmasYear = today <= `${year}-12-23` ? year : year + 1
  return {
    christmasEve: `${christmasYear}-12-24`,
    summer: { validFrom: `${summerYear}-06-22`, validThrough: `${summerYear}-08-14` },
  }
}

/**
 * Opening hours for Exempelkommun's demo units, with dates relative to today so the demo
 * always has summer hours and a Christmas exception ahead of it.
 */
export const seedOpeningHours = (today: string): SeedOpeningHours[] => {
  const { christmasEve, summer } = seasonsFrom(today)
  const dayBefore = addDays(christmasEve, -1)
  return [
    {
      key: 'kontaktcenter-besok',
      kind: 'besokstid',
      name: 'Kontaktcenter – besökstid',
      weekly: [{ days: weekdays, intervals: lunchClosed }],
      periods: [
        {
          ...summer,
          weekly: [{ days: weekdays, intervals: [{ from: '09:00', to: '15:00' }] }],
        },
      ],
      exceptions: [
        {
          closed: false,
          from: dayBefore,
          intervals: [{ from: '08:00', to: '12:00' }],
          note: 'Kortare öppettider dagen före julafton.',
        },
      ],
    },
    {
      key: 'kontaktcenter-telefon',
      kind: 'telefontid',
      name: 'Kontaktcenter – telefontid',
      weekly: [
        { days: ['1', '2', '3', '4'], intervals: [{ from: '08:00', to: '16:30' }] },
        { days: ['5'], intervals: [{ from: '08:00', to: '15:00' }] },
      ],
      periods: [
        {
          ...summer,
          weekly: [{ days: weekdays, intervals: [{ from: '09:00', to: '15:00' }] }],
        },
      ],
      exceptions: [
        {
          closed: false,
          from: dayBefore,
          intervals: [{ from: '08:00', to: '12:00' }],
          note: 'Vi svarar i telefon till klockan 12 dagen före julafton.',
        },
      ],
    },
    {
      key: 'bygglov-telefon',
      kind: 'telefontid',
      name: 'Bygglov – telefontid',
      weekly: [{ days: ['2', '4'], intervals: [{ from: '09:00', to: '11:00' }] }],
    },
    {
      key: 'bibliotek-besok',
      kind: 'besokstid',
      name: 'Stadsbiblioteket – öppettider',
      weekly: [
        { days: ['1', '2', '3', '4'], intervals: [{ from: '10:00', to: '19:00' }] },
        { days: ['5'], intervals: [{ from: '10:00', to: '18:00' }] },
        { days: ['6'], intervals: [{ from: '11:00', to: '15:00' }] },
      ],
      periods: [
        {
          ...summer,
          weekly: [{ days: weekdays, intervals: [{ from: '10:00', to: '16:00' }] }],
        },
      ],
    },
    {
      key: 'socialtjanst-telefon',
      kind: 'telefontid',
      name: 'Socialtjänsten – telefontid',
      weekly: [{ days: weekdays, intervals: [{ from: '08:30', to: '10:00' }] }],
    },
  ]
}
