import type { CollectionConfig } from 'payload'

export const linksSlug = 'klarkoll-links'

/** How many earlier results each link keeps. */
export const historyLength = 10

/**
 * The result of every link check, one document per URL, with its history and where it is used.
 * Written by the link-check job only.
 */
export const linksCollection = (): CollectionConfig => ({
  slug: linksSlug,
  labels: {
    plural: { en: 'Link checks', sv: 'Länkkontroller' },
    singular: { en: 'Link check', sv: 'Länkkontroll' },
  },
  access: {
    create: () => false,
    delete: () => false,
    read: ({ req }) => Boolean(req.user),
    update: () => false,
  },
  admin: {
    defaultColumns: ['url', 'outcome', 'reason', 'checkedAt'],
    group: { en: 'Klarkoll', sv: 'Klarkoll' },
    useAsTitle: 'url',
  },
  fields: [
    {
      name: 'url',
      type: 'text',
      index: true,
      label: { en: 'URL', sv: 'Adress' },
      required: true,
      unique: true,
    },
    {
      name: 'outcome',
      type: 'select',
      index: true,
      label: { en: 'Result', sv: 'Resultat' },
      options: [
        { label: { en: 'Works', sv: 'Fungerar' }, value: 'ok' },
        { label: { en: 'Broken', sv: 'Trasig' }, value: 'broken' },
        { label: { en: 'Unsure', sv: 'Osäker' }, value: 'unsure' },
        {
          label: { en: 'Not checked (internal)', sv: 'Kontrolleras inte (internt)' },
          value: 'refused',
        },
      ],
    },
    { name: 'httpStatus', type: 'number', label: { en: 'HTTP status', sv: 'HTTP-status' } },
    { name: 'reason', type: 'text', label: { en: 'Why', sv: 'Varför' } },
    { name: 'finalUrl', type: 'text', label: { en: 'Ends at', sv: 'Slutar på' } },
    { name: 'checkedAt', type: 'date', index: true, label: { en: 'Checked', sv: 'Kontrollerad' } },
    { name: 'lastOkAt', type: 'date', label: { en: 'Last worked', sv: 'Fungerade senast' } },
    {
      // Checks in a row that did not work: "broken since" for the digest and dashboard.
      name: 'failures',
      type: 'number',
      defaultValue: 0,
      label: { en: 'Failures in a row', sv: 'Misslyckade i rad' },
    },
    { name: 'history', type: 'json', label: { en: 'History', sv: 'Historik' } },
    {
      // [{ collection, id, field, title }]
      name: 'sources',
      type: 'json',
      label: { en: 'Used in', sv: 'Används i' },
    },
  ],
  timestamps: true,
})
