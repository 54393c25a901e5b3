import type { CollectionConfig } from 'payload'

import { publishableAccess } from '../access'
import { publishedForVisitors } from '../access/publishedForVisitors'
import {
  calendarEndpoint,
  feedEndpoint,
  jsonLdEndpoint,
  openNowEndpoint,
  osmEndpoint,
  statusEndpoint,
  weekEndpoint,
} from './openingHours/endpoints'
import { dateRangeRow, intervalsField, weeklyField } from './openingHours/fields'
import { revalidateSiteOnChange, revalidateSiteOnDelete } from '../lib/revalidateSite'

/** A half day on the three eves ("9.00–12.00 på julafton"), asked for only when they are open. */
const eveHoursField = ((field) => ({
  ...field,
  admin: {
    ...field.admin,
    description: {
      en: 'Apply on every one of the three eves, also when one falls on a weekend. Leave empty to keep the ordinary hours of the weekday. An exception for one date wins over these.',
      sv: 'Gäller alla tre aftnar, även när en infaller på en helg. Lämna tomt för veckodagens vanliga tider. En avvikande dag går före de här tiderna.',
    },
  },
  label: { en: 'Hours on those eves', sv: 'Öppettider på aftnarna' },
}))(intervalsField('eveHours', (_, siblingData) => siblingData?.closedOnEves === false))

/** Opening hours of one channel of one unit: visiting hours, phone hours, chat or reception. */
export const OpeningHours: CollectionConfig = {
  slug: 'opening-hours',
  labels: {
    singular: { en: 'Opening hours', sv: 'Öppettider' },
    plural: { en: 'Opening hours', sv: 'Öppettider' },
  },
  admin: {
    defaultColumns: ['name', 'kind', '_status', 'updatedAt'],
    group: { en: 'Service', sv: 'Service' },
    useAsTitle: 'name',
  },
  access: publishableAccess,
  endpoints: [
    openNowEndpoint,
    feedEndpoint,
    statusEndpoint,
    weekEndpoint,
    jsonLdEndpoint,
    osmEndpoint,
    calendarEndpoint,
  ],
  hooks: {
    afterChange: [revalidateSiteOnChange('opening-hours')],
    afterDelete: [revalidateSiteOnDelete('opening-hours')],
    beforeOperation: [publishedForVisitors],
  },
  versions: { drafts: true, maxPerDoc: 50 },
  fields: [
    {
      name: 'name',
      type: 'text',
      admin: {
        description: {
          en: 'E.g. "Kontaktcenter – phone hours".',
          sv: 'Till exempel "Kontaktcenter – telefontid".',
        },
      },
      label: { en: 'Name', sv: 'Namn' },
      localized: true,
      required: true,
    },
    {
      name: 'kind',
      type: 'select',
      defaultValue: 'besokstid',
      label: { en: 'Kind', sv: 'Typ' },
      options: [
        { label: { en: 'Visiting hours', sv: 'Besökstid' }, value: 'besokstid' },
        { label: { en: 'Phone hours', sv: 'Telefontid' }, value: 'telefontid' },
        { label: { en: 'Chat', sv: 'Chatt' }, value: 'chatt' },
        { label: { en: 'Reception', sv: 'Reception' }, value: 'reception' },
      ],
      required: true,
    },
    weeklyField(),
    {
      name: 'periods',
      type: 'array',
      admin: {
        components: { RowLabel: '/collections/admin/RowLabels#PeriodRowLabel' },
        description: {
          en: 'Where two periods overlap, the shorter one applies (of equal ones, the one added last).',
          sv: 'Om två perioder överlappar gäller den kortaste (av lika långa den som lades till sist).',
        },
      },
      fields: [
        dateRangeRow(
          {
            label: { en: 'Valid from', sv: 'Gäller från' },
            name: 'validFrom',
            placeholder: '2027-06-21',
          },
          {
            label: { en: 'Valid through', sv: 'Gäller till och med' },
            name: 'validThrough',
            placeholder: '2027-08-13',
            required: true,
          },
        ),
        weeklyField(),
      ],
      label: { en: 'Seasonal periods', sv: 'Perioder (t.ex. sommartider)' },
      labels: {
        plural: { en: 'Periods', sv: 'Perioder' },
        singular: { en: 'Period', sv: 'Period' },
      },
    },
    {
      name: 'exceptions',
      type: 'array',
      admin: {
        components: { RowLabel: '/collections/admin/RowLabels#ExceptionRowLabel' },
        description: {
          en: 'Where two exceptions overlap, the shorter one applies (of equal ones, the one added last), on the site, in the API and in the exports alike.',
          sv: 'Om två avvikelser överlappar gäller den kortaste (av lika långa den som lades till sist), på webbplatsen, i API:t och i exporterna.',
        },
      },
      fields: [
        dateRangeRow(
          { label: { en: 'Date', sv: 'Datum' }, name: 'from', placeholder: '2026-12-23' },
          {
            label: { en: 'Through (optional)', sv: 'Till och med (valfritt)' },
            name: 'to',
            placeholder: '2026-12-30',
            required: false,
          },
        ),
        {
          name: 'closed',
          type: 'checkbox',
          defaultValue: true,
          label: { en: 'Closed', sv: 'Stängt' },
        },
        intervalsField('intervals', (_, sibling) => sibling?.closed !== true),
        {
          name: 'note',
          type: 'text',
          label: { en: 'Public note', sv: 'Meddelande till besökare' },
          localized: true,
        },
      ],
      label: { en: 'Exceptions', sv: 'Avvikande dagar' },
      labels: {
        plural: { en: 'Exceptions', sv: 'Avvikande dagar' },
        singular: { en: 'Exception', sv: 'Avvikande dag' },
      },
    },
    {
      name: 'notice',
      type: 'group',
      fields: [
        {
          name: 'text',
          type: 'textarea',
          label: { en: 'Notice', sv: 'Meddelande' },
          localized: true,
        },
        {
          type: 'row',
          fields: [
            {
              name: 'from',
              type: 'date',
              admin: { date: { pickerAppearance: 'dayAndTime' }, width: '50%' },
              label: { en: 'From', sv: 'Från' },
            },
            {
              name: 'to',
              type: 'date',
              admin: { date: { pickerAppearance: 'dayAndTime' }, width: '50%' },
              label: { en: 'To', sv: 'Till' },
            },
          ],
        },
      ],
      label: { en: 'Temporary notice', sv: 'Tillfälligt meddelande' },
    },
    {
      name: 'holidays',
      type: 'group',
      fields: [
        {
          name: 'closedOnPublicHolidays',
          type: 'checkbox',
          defaultValue: true,
          label: { en: 'Closed on public holidays', sv: 'Stängt på röda dagar' },
        },
        {
          name: 'closedOnEves',
          type: 'checkbox',
          defaultValue: true,
          label: {
            en: 'Closed on Christmas Eve, Midsummer Eve and New Year’s Eve',
            sv: 'Stängt på julafton, midsommarafton och nyårsafton',
          },
        },
        eveHoursField,
      ],
      label: { en: 'Holidays', sv: 'Helgdagar' },
    },
  ],
}
