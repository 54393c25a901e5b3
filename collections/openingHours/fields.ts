import type { ArrayField, Condition, Field, RowField } from 'payload'

import {
  storeTime,
  validateDate,
  validateEnd,
  validateRangeEnd,
  validateTime,
  validateWeekly,
} from './validation'

export const weekdayOptions = [
  { label: { en: 'Monday', sv: 'Måndag' }, value: '1' },
  { label: { en: 'Tuesday', sv: 'Tisdag' }, value: '2' },
  { label: { en: 'Wednesday', sv: 'Onsdag' }, value: '3' },
  { label: { en: 'Thursday', sv: 'Torsdag' }, value: '4' },
  { label: { en: 'Friday', sv: 'Fredag' }, value: '5' },
  { label: { en: 'Saturday', sv: 'Lördag' }, value: '6' },
  { label: { en: 'Sunday', sv: 'Söndag' }, value: '7' },
]

/**
 * "08:00–12:00"; several intervals a day, so lunch closed is two intervals. `condition` hides
 * them where they do not apply (an exception that is closed all day).
 */
export const intervalsField = (name = 'intervals', condition?: Condition): ArrayField => ({
  name,
  type: 'array',
  admin: {
    components: { RowLabel: '/collections/admin/RowLabels#IntervalRowLabel' },
    condition,
    initCollapsed: false,
  },
  fields: [
    {
      type: 'row',
      fields: [
        {
          name: 'from',
          type: 'text',
          admin: { placeholder: '8.00', width: '50%' },
          hooks: { beforeValidate: [storeTime] },
          label: { en: 'From', sv: 'Från' },
          required: true,
          validate: validateTime,
        },
        {
          name: 'to',
          type: 'text',
          admin: { placeholder: '16.30', width: '50%' },
          hooks: { beforeValidate: [storeTime] },
          label: { en: 'To', sv: 'Till' },
          required: true,
          validate: validateEnd,
        },
      ],
    },
  ],
  label: { en: 'Times', sv: 'Tider' },
  labels: { plural: { en: 'Times', sv: 'Tider' }, singular: { en: 'Time', sv: 'Tid' } },
})

/** Weekly rows: days and their intervals. */
export const weeklyField = (name = 'weekly'): Field => ({
  name,
  type: 'array',
  admin: { components: { RowLabel: '/collections/admin/RowLabels#WeeklyRowLabel' } },
  fields: [
    {
      name: 'days',
      type: 'select',
      hasMany: true,
      label: { en: 'Days', sv: 'Dagar' },
      options: weekdayOptions,
      required: true,
    },
    intervalsField(),
  ],
  label: { en: 'Weekly hours', sv: 'Veckans tider' },
  labels: {
    plural: { en: 'Weekly rows', sv: 'Veckodagar och tider' },
    singular: { en: 'Days and times', sv: 'Dagar och tider' },
  },
  validate: validateWeekly,
})

type DateFieldSpec = { label: { en: string; sv: string }; name: string; placeholder: string }

/** Two "YYYY-MM-DD" fields side by side; the second may not be before the first. */
export const dateRangeRow = (
  start: DateFieldSpec,
  end: DateFieldSpec & { required: boolean },
): RowField => ({
  type: 'row',
  fields: [
    {
      name: start.name,
      type: 'text',
      admin: { placeholder: start.placeholder, width: '50%' },
      label: start.label,
      required: true,
      validate: validateDate,
    },
    {
      name: end.name,
      type: 'text',
      admin: { placeholder: end.placeholder, width: '50%' },
      label: end.label,
      required: end.required,
      validate: validateRangeEnd(start.name),
    },
  ],
})
