import type { CollectionConfig } from 'payload'

export const digestsSlug = 'klarkoll-digests'

/** Every digest sent: to whom, when, and which items it held — so a re-run sends nothing new. */
export const digestsCollection = (): CollectionConfig => ({
  slug: digestsSlug,
  labels: {
    plural: { en: 'Review reminders', sv: 'Påminnelser' },
    singular: { en: 'Review reminder', sv: 'Påminnelse' },
  },
  access: {
    create: () => false,
    delete: () => false,
    read: ({ req }) => Boolean(req.user),
    update: () => false,
  },
  admin: {
    defaultColumns: ['recipient', 'itemCount', 'createdAt'],
    group: { en: 'Klarkoll', sv: 'Klarkoll' },
    useAsTitle: 'recipient',
  },
  fields: [
    {
      name: 'recipient',
      type: 'text',
      index: true,
      label: { en: 'To', sv: 'Till' },
      required: true,
    },
    { name: 'subject', type: 'text', label: { en: 'Subject', sv: 'Ämne' } },
    { name: 'itemCount', type: 'number', label: { en: 'Items', sv: 'Punkter' } },
    { name: 'keys', type: 'json', label: { en: 'Items sent', sv: 'Skickade punkter' } },
  ],
  timestamps: true,
})
