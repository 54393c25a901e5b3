import type { CollectionConfig, TextFieldSingleValidation } from 'payload'

import { anyone, staff } from '../access'
import { inUserLanguage } from '@klarkoll/payload-plugin'

/** Alt text is required unless the editor marks the image as decorative (WCAG 1.1.1). */
export const validateAlt: TextFieldSingleValidation = (value, { req, siblingData }) => {
  const decorative = (siblingData as { decorative?: boolean } | undefined)?.decorative === true
  if (decorative || (typeof value === 'string' && value.trim().length > 0)) {
    return true
  }
  return inUserLanguage(req, {
    en: 'Alt text: describe what the image shows, or mark the image as decorative.',
    sv: 'Alternativtext: skriv vad bilden visar, eller markera bilden som dekorativ.',
  })
}

export const createMediaCollection = (staticDir: string): CollectionConfig => ({
  slug: 'media',
  labels: {
    singular: { en: 'Media', sv: 'Media' },
    plural: { en: 'Media', sv: 'Media' },
  },
  admin: {
    defaultColumns: ['filename', 'alt', 'decorative', 'updatedAt'],
    group: { en: 'Content', sv: 'Innehåll' },
    useAsTitle: 'filename',
  },
  access: {
    create: staff,
    delete: staff,
    read: anyone,
    update: staff,
  },
  upload: {
    staticDir,
    mimeTypes: ['image/*', 'application/pdf'],
    imageSizes: [
      { name: 'thumbnail', width: 400 },
      { name: 'card', width: 768 },
      { name: 'wide', width: 1600 },
    ],
    adminThumbnail: 'thumbnail',
  },
  fields: [
    {
      name: 'decorative',
      type: 'checkbox',
      admin: {
        description: {
          en: 'Purely decorative images get an empty alt text and are skipped by screen readers.',
          sv: 'Rent dekorativa bilder får tom alternativtext och hoppas över av skärmläsare.',
        },
      },
      defaultValue: false,
      label: { en: 'Decorative image', sv: 'Dekorativ bild' },
    },
    {
      name: 'alt',
      type: 'text',
      admin: {
        condition: (_, siblingData) => siblingData?.decorative !== true,
        description: {
          en: 'Describe what the image shows and why it is there.',
          sv: 'Beskriv vad bilden visar och varför den finns där.',
        },
      },
      label: { en: 'Alt text', sv: 'Alternativtext' },
      localized: true,
      maxLength: 250,
      validate: validateAlt,
    },
  ],
})
