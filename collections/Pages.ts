import type { CollectionConfig } from 'payload'

import { lexicalEditor, TextStateFeature } from '@payloadcms/richtext-lexical'

import { publishableAccess } from '../access'
import { publishedForVisitors } from '../access/publishedForVisitors'
import { siteUrl } from '../lib/site'
import { textStates } from '../lib/textColors'
import { swedishSlugField } from './fields/swedishSlug'
import { revalidateSiteOnChange, revalidateSiteOnDelete } from '../lib/revalidateSite'

export const Pages: CollectionConfig = {
  slug: 'pages',
  labels: {
    singular: { en: 'Page', sv: 'Sida' },
    plural: { en: 'Pages', sv: 'Sidor' },
  },
  admin: {
    defaultColumns: ['title', 'slug', '_status', 'updatedAt'],
    // The public site's preview route renders the latest draft for signed-in users only.
    livePreview: {
      url: ({ data }) => (data?.id ? `${siteUrl()}/forhandsvisning/sidor/${data.id}` : null),
    },
    group: { en: 'Content', sv: 'Innehåll' },
    useAsTitle: 'title',
  },
  access: publishableAccess,
  hooks: {
    afterChange: [revalidateSiteOnChange('pages')],
    afterDelete: [revalidateSiteOnDelete('pages')],
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
      // Autosave turns Payload's unsaved-changes guard off; text typed just before leaving
      // would be lost without it.
      name: 'leaveGuard',
      type: 'ui',
      admin: { components: { Field: '/collections/admin/LeaveGuard#LeaveGuard' } },
    },
    {
      name: 'title',
      type: 'text',
      label: { en: 'Title', sv: 'Rubrik' },
      localized: true,
      maxLength: 160,
      required: true,
    },
    swedishSlugField(),
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
      editor: lexicalEditor({
        features: ({ defaultFeatures }) => [
          ...defaultFeatures,
          TextStateFeature({ state: textStates }),
        ],
      }),
      label: { en: 'Body', sv: 'Brödtext' },
      localized: true,
    },
  ],
}
