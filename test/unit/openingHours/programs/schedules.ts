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

/**
 * Overlaps the review found: a summer exception with a shorter closed stretch inside it, listed
 * either way round, and a nested period. The most specific range must decide, in the status and
 * in the export alike.
 */
export const overlapping: Schedule = {
  exceptions: [
    {
      closed: false,
      from: '2027-06-13',
      intervals: [{ from: '08:15', to: '14:15' }],
      to: '2027-08-16',
    },
    { closed: true, from: '2027-06-22', to: '2027-07-02' },
    { closed: true, from: '2027-08-01', to: '2027-08-05' },
    {
      closed: false,
      from: '2027-07-20',
      intervals: [{ from: '10:00', to: '12:00' }],
      to: '2027-09-01',
    },
  ],
  holidays: { closedOnEves: true, closedOnPublicHolidays: true },
  periods: [
    {
      validFrom: '2027-05-01',
      validThrough: '2027-09-30',
      weekly: [{ days: [1, 2, 3, 4, 5], intervals: [{ from: '09:00', to: '15:00' }] }],
    },
    {
      validFrom: '2027-09-10',
      validThrough: '2027-09-20',
      weekly: [{ days: [1, 2, 3], intervals: [{ from: '07:00', to: '19:00' }] }],
    },
  ],
  weekly: [{ days: [1, 2, 3, 4, 5], intervals: [{ from: '08:00', to: '16:30' }] }],
}
