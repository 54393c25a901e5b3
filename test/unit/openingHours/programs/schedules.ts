import type { Schedule } from '../../../../lib/openingHours'

const weekdays = [1, 2, 3, 4, 5] as const

/** Kontaktcenter: lunch closed, Friday and Saturday hours, summer period, Christmas exceptions. */
export const kontaktcenter: Schedule = {
  exceptions: [
    { closed: false, from: '2026-12-23', intervals: [{ from: '08:00', to: '12:00' }] },
    { closed: true, from: '2026-12-28', to: '2026-12-30' },
    { closed: false, from: '2027-01-05', intervals: [{ from: '10:00', to: '14:00' }] },
  ],
  holidays: { closedOnEves: true, closedOnPublicHolidays: true },
  periods: [
    {
      validFrom: '2027-06-21',
      validThrough: '2027-08-13',
      weekly: [{ days: [...weekdays], intervals: [{ from: '09:00', to: '15:00' }] }],
    },
  ],
  weekly: [
    {
      days: [1, 2, 3, 4],
      intervals: [
        { from: '08:00', to: '12:00' },
        { from: '13:00', to: '16:30' },
      ],
    },
    { days: [5], intervals: [{ from: '08:00', to: '15:00' }] },
    { days: [6], intervals: [{ from: '10:00', to: '13:00' }] },
  ],
}
