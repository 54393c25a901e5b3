import type { Block, Field, NumberFieldSingleValidation } from 'payload'

import {
  checkEmail,
  checkHttpsUrl,
  checkPhone,
  checkPostalCode,
} from '../../lib/contact/validators'
import { fromCheck, normalise } from './fieldValidation'
import { callCharge, channelLanguages, premises } from './residentFields'

const label: Field = {
  name: 'label',
  type: 'text',
  admin: {
    description: { en: 'E.g. "Switchboard".', sv: 'Till exempel "Växel" eller "Felanmälan".' },
  },
  label: { en: 'Label', sv: 'Benämning' },
  localized: true,
}

const openingHours: Field = {
  name: 'openingHours',
  type: 'relationship',
  label: { en: 'Opening hours', sv: 'Öppettider' },
  relationTo: 'opening-hours',
}

/** "We answer within two working days": a promise shown with the channel. */
const responseTime: Field = {
  name: 'responseTime',
  type: 'group',
  fields: [
    {
      type: 'row',
      fields: [
        {
          name: 'value',
          type: 'number',
          admin: { width: '50%' },
          label: { en: 'Within', sv: 'Inom' },
          min: 1,
        },
        {
          name: 'unit',
          type: 'select',
          admin: { width: '50%' },
          label: { en: 'Unit', sv: 'Enhet' },
          options: [
            { label: { en: 'hours', sv: 'timmar' }, value: 'timmar' },
            { label: { en: 'days', sv: 'dagar' }, value: 'dagar' },
            { label: { en: 'working days', sv: 'arbetsdagar' }, value: 'arbetsdagar' },
          ],
        },
      ],
    },
  ],
  label: { en: 'Response-time promise', sv: 'Svarstidslöfte' },
}

const phoneNumber = (name: string): Field[] => [
  {
    name,
    type: 'text',
    admin: { placeholder: '0123-45 67 00' },
    hooks: { beforeChange: [normalise(checkPhone, (r) => r.e164 ?? r.short ?? null)] },
    label: { en: 'Number', sv: 'Nummer' },
    required: true,
    validate: fromCheck(checkPhone),
  },
  {
    name: 'display',
    type: 'text',
    admin: { readOnly: true },
    hooks: {
      beforeChange: [
        ({ siblingData }) => {
          const result = checkPhone(siblingData?.[name])
          return result.ok ? result.national : undefined
        },
      ],
    },
    label: { en: 'Shown as', sv: 'Visas som' },
  },
]

const address = (): Field[] => [
  {
    name: 'street',
    type: 'text',
    label: { en: 'Street or box', sv: 'Gatuadress eller box' },
    required: true,
  },
  {
    type: 'row',
    fields: [
      {
        name: 'postalCode',
        type: 'text',
        admin: { placeholder: '123 45', width: '40%' },
        hooks: { beforeChange: [normalise(checkPostalCode, (r) => r.postalCode)] },
        label: { en: 'Postal code', sv: 'Postnummer' },
        required: true,
        validate: fromCheck(checkPostalCode),
      },
      {
        name: 'city',
        type: 'text',
        admin: { width: '60%' },
        label: { en: 'City', sv: 'Ort' },
        required: true,
      },
    ],
  },
]

/** A coordinate in WGS 84 decimal degrees, within `limit`; both or neither. */
const coordinate =
  (limit: number, other: 'latitude' | 'longitude', what: string): NumberFieldSingleValidation =>
  (value, { siblingData }) => {
    const pair = (siblingData as Record<string, unknown> | undefined)?.[other]
    if (value === null || value === undefined) {
      return pair === null || pair === undefined
        ? true
        : `Ange både latitud och longitud, eller ingen av dem.`
    }
    return Math.abs(value) <= limit
      ? true
      : `${what} måste vara mellan -${limit} och ${limit} grader (decimalgrader, t.ex. 59.3293).`
  }

/** Where the entrance is, for maps and search engines (JSON-LD `geo`). */
const geo: Field = {
  type: 'row',
  fields: [
    {
      name: 'latitude',
      type: 'number',
      admin: { placeholder: '59.32932', step: 0.00001, width: '50%' },
      label: { en: 'Latitude', sv: 'Latitud' },
      validate: coordinate(90, 'longitude', 'Latituden'),
    },
    {
      name: 'longitude',
      type: 'number',
      admin: { placeholder: '18.06858', step: 0.00001, width: '50%' },
      label: { en: 'Longitude', sv: 'Longitud' },
      validate: coordinate(180, 'latitude', 'Longituden'),
    },
  ],
}

const url = (): Field => ({
  name: 'url',
  type: 'text',
  admin: { placeholder: 'https://' },
  label: { en: 'Address', sv: 'Adress' },
  required: true,
  validate: fromCheck(checkHttpsUrl),
})

/** When someone last called the number or wrote to the address and it worked. */
const verifiedAt: Field = {
  name: 'verifiedAt',
  type: 'date',
  admin: {
    date: { pickerAppearance: 'dayOnly' },
    description: {
      en: 'When the number or address was last tested and worked.',
      sv: 'När numret eller adressen senast prövades och fungerade.',
    },
  },
  label: { en: 'Verified', sv: 'Kontrollerad' },
}

const channelRowLabel = { components: { Label: '/collections/admin/RowLabels#ChannelRowLabel' } }

export const channelBlocks: Block[] = [
  {
    slug: 'phone',
    admin: channelRowLabel,
    fields: [
      ...phoneNumber('number'),
      label,
      callCharge,
      channelLanguages,
      openingHours,
      responseTime,
      verifiedAt,
    ],
    labels: { plural: { en: 'Phone', sv: 'Telefon' }, singular: { en: 'Phone', sv: 'Telefon' } },
  },
  {
    slug: 'email',
    admin: channelRowLabel,
    fields: [
      {
        name: 'address',
        type: 'text',
        hooks: { beforeChange: [normalise(checkEmail, (r) => r.email)] },
        label: { en: 'E-mail address', sv: 'E-postadress' },
        required: true,
        validate: fromCheck(checkEmail),
      },
      label,
      channelLanguages,
      responseTime,
      verifiedAt,
    ],
    labels: { plural: { en: 'E-mail', sv: 'E-post' }, singular: { en: 'E-mail', sv: 'E-post' } },
  },
  {
    slug: 'sms',
    admin: channelRowLabel,
    fields: [...phoneNumber('number'), label, channelLanguages, responseTime, verifiedAt],
    labels: { plural: { en: 'SMS', sv: 'SMS' }, singular: { en: 'SMS', sv: 'SMS' } },
  },
  {
    slug: 'chat',
    admin: channelRowLabel,
    fields: [url(), label, channelLanguages, openingHours, responseTime],
    labels: { plural: { en: 'Chat', sv: 'Chatt' }, singular: { en: 'Chat', sv: 'Chatt' } },
  },
  {
    slug: 'visit',
    admin: channelRowLabel,
    fields: [...address(), geo, label, channelLanguages, openingHours, premises],
    labels: {
      plural: { en: 'Visiting address', sv: 'Besöksadress' },
      singular: { en: 'Visiting address', sv: 'Besöksadress' },
    },
  },
  {
    // Synpunkter och klagomål: where residents tell the municipality what went wrong.
    slug: 'feedback',
    admin: channelRowLabel,
    fields: [url(), label, responseTime],
    labels: {
      plural: { en: 'Feedback and complaints', sv: 'Synpunkter och klagomål' },
      singular: { en: 'Feedback and complaints', sv: 'Synpunkter och klagomål' },
    },
  },
  {
    slug: 'postal',
    admin: channelRowLabel,
    fields: [...address(), label],
    labels: {
      plural: { en: 'Postal address', sv: 'Postadress' },
      singular: { en: 'Postal address', sv: 'Postadress' },
    },
  },
  {
    slug: 'web',
    admin: channelRowLabel,
    fields: [url(), label],
    labels: {
      plural: { en: 'Website', sv: 'Webbplats' },
      singular: { en: 'Website', sv: 'Webbplats' },
    },
  },
]
