import type { CollectionConfig } from 'payload'

import type { KlarkollSettings } from '../types'

export const reviewsSlug = 'klarkoll-reviews'

/**
 * When each document was last reviewed, by whom, and the log of reviews. Kept apart from the
 * document so that only the explicit "Markera som granskad" action writes it: ordinary saves,
 * drafts and publishing cannot touch it, and no document version is created by a review.
 */
export const reviewsCollection = (
  usersSlug: string,
  settings: Pick<KlarkollSettings, 'canSeeEmails'>,
): CollectionConfig => ({
  slug: reviewsSlug,
  labels: {
    plural: { en: 'Reviews', sv: 'Granskningar' },
    singular: { en: 'Review', sv: 'Granskning' },
  },
  access: {
    // Written by the review endpoint and the reminder job only (with overrideAccess).
    create: () => false,
    delete: () => false,
    read: ({ req }) => Boolean(req.user),
    update: () => false,
  },
  admin: {
    defaultColumns: ['collectionSlug', 'documentId', 'lastReviewedAt', 'nextReviewAt'],
    group: { en: 'Klarkoll', sv: 'Klarkoll' },
  },
  fields: [
    {
      name: 'collectionSlug',
      type: 'text',
      index: true,
      label: { en: 'Collection', sv: 'Samling' },
      required: true,
    },
    {
      name: 'documentId',
      type: 'text',
      index: true,
      label: { en: 'Document', sv: 'Dokument' },
      required: true,
    },
    { name: 'lastReviewedAt', type: 'date', label: { en: 'Last reviewed', sv: 'Senast granskad' } },
    {
      name: 'lastReviewedBy',
      type: 'relationship',
      label: { en: 'Reviewed by', sv: 'Granskad av' },
      relationTo: usersSlug as never,
    },
    {
      // The due date the last scan or review computed; indexed for the dashboard and reminders.
      name: 'nextReviewAt',
      type: 'date',
      index: true,
      label: { en: 'Next review', sv: 'Nästa granskning' },
    },
    {
      // The editor's own due date at the last review: settled by it, so it no longer applies.
      name: 'settledNextReviewAt',
      type: 'date',
      label: { en: 'Own due date settled', sv: 'Eget datum som granskningen avklarade' },
    },
    {
      name: 'log',
      type: 'array',
      fields: [
        { name: 'at', type: 'date', label: { en: 'When', sv: 'När' }, required: true },
        {
          name: 'by',
          type: 'relationship',
          label: { en: 'Who', sv: 'Vem' },
          relationTo: usersSlug as never,
        },
        {
          // Staff addresses are for administrators (option canSeeEmails); others see the name.
          name: 'byEmail',
          type: 'text',
          access: { read: ({ req }) => settings.canSeeEmails(req.user) },
          label: { en: 'E-mail', sv: 'E-post' },
        },
        { name: 'note', type: 'textarea', label: { en: 'Note', sv: 'Anteckning' } },
      ],
      label: { en: 'Review log', sv: 'Granskningslogg' },
      labels: {
        plural: { en: 'Log entries', sv: 'Händelser' },
        singular: { en: 'Log entry', sv: 'Händelse' },
      },
    },
  ],
  timestamps: true,
})
