import type { CollectionConfig } from 'payload'

import { slugField } from 'payload'

import { publishableAccess } from '../access'
import { publishedForVisitors } from '../access/publishedForVisitors'
import { slugifySwedish } from '../lib/slugify'
import { validateUniqueSlug } from './validateUniqueSlug'

export const Pages: CollectionConfig = {
  slug: 'pages',
  labels: {
    singular: { en: 'Page', sv: 'Sida' },
    plural: { en: 'Pages', sv: 'Sidor' },
  },
  admin: {
    defaultColumns: ['title', 'slug', '_status', 'updatedAt'],
    group: { en: 'Content', sv: 'Innehåll' },
    useAsTitle: 'title',
  },
  access: publishableAccess,
  hooks: {
    beforeOperation: [publishedForVisitors],
  },
  versions: {
    drafts: {
      autosave: { interval: 2000 },
      schedulePublish: true,
    },
    maxPerDoc: 50,
  },
  fields: [
    {
      name: 'title',
      type: 'text',
      label: { en: 'Title', sv: 'Rubrik' },
      localized: true,
      maxLength: 160,
      required: true,
    },
    slugField({
      slugify: ({ valueToSlugify }) => slugifySwedish(valueToSlugify),
      overrides: (row) => {
        const slug = row.fields[1]
        if (slug && slug.type === 'text') {
          slug.label = { en: 'Address (slug)', sv: 'Adress (slug)' }
          slug.validate = validateUniqueSlug
          // Payload fills the slug in a beforeChange hook that runs alongside the slug's own
          // validation, so a Local API or REST create without a slug would fail as "required".
          slug.hooks = {
            ...slug.hooks,
            beforeValidate: [
              ...(slug.hooks?.beforeValidate ?? []),
              ({ data, value }) =>
                value || (data?.generateSlug === false ? value : slugifySwedish(data?.title)),
            ],
          }
        }
        return row
      },
    }),
    {
      name: 'ingress',
      type: 'textarea',
      admin: {
        description: {
          en: 'One or two sentences that tell the reader what the page is about.',
          sv: 'En eller två meningar som berättar vad sidan handlar om.',
        },
      },
      label: { en: 'Introduction', sv: 'Ingress' },
      localized: true,
      maxLength: 600,
    },
    {
      name: 'body',
      type: 'richText',
      label: { en: 'Body', sv: 'Brödtext' },
      localized: true,
    },
  ],
}
