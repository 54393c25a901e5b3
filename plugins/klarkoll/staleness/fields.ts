import type { CollectionSlug, Field, FieldAccess, FieldHook, PayloadRequest } from 'payload'

import { swedishDay } from './dates'
import { reviewState } from './state'
import { slugsOf } from '../slugs'

const signedIn: FieldAccess = ({ req }) => Boolean(req.user)

export const reviewBoxPath = '@klarkoll/payload-plugin/client#KlarkollReviewBox'

type ReviewDates = Map<string, null | string>

/**
 * The last review dates of a collection's documents, read once per request: a list of 200
 * e-services would otherwise ask for its review records 200 times.
 */
const reviewDates = (req: PayloadRequest, collection: string): Promise<ReviewDates> => {
  const cache = (req.context.klarkollReviewDates ??= {}) as Record<string, Promise<ReviewDates>>
  cache[collection] ??= req.payload
    .find({
      collection: slugsOf(req.payload).reviews as CollectionSlug,
      depth: 0,
      overrideAccess: true,
      pagination: false,
      req,
      select: { documentId: true, lastReviewedAt: true },
      where: { collectionSlug: { equals: collection } },
    })
    .then(({ docs }) => {
      const rows = docs as unknown as Array<{ documentId: string; lastReviewedAt?: null | string }>
      return new Map(rows.map((row) => [row.documentId, row.lastReviewedAt ?? null]))
    })
  return cache[collection]
}

/** "Senast granskad" for the public API, from the review records. */
const lastReviewedAt =
  (collection: string): FieldHook =>
  async ({ data, req }) => {
    const id = data?.id as number | string | undefined
    if (id === undefined) return null
    return (await reviewDates(req, collection)).get(String(id)) ?? null
  }

/** True when the content has expired and the chosen action is to mark it out of date. */
const outdated =
  (months: number): FieldHook =>
  ({ data }) => {
    if (!data) return false
    const state = reviewState({ doc: data, months, today: swedishDay(new Date()) })
    return state.expired && state.expiryAction === 'inaktuell'
  }

/**
 * The content owner and the review settings of a document under review. Who owns it is for
 * signed-in users; the owning unit, the review date and "Senast granskad" are public (DIGG
 * webbriktlinjer R21, R23). The last review is written only by "Markera som granskad".
 */
export const reviewFields = (collection: string, months: number, usersSlug: string): Field[] => [
  {
    name: 'contentOwner',
    type: 'relationship',
    access: { read: signedIn },
    admin: {
      description: {
        en: 'Who keeps this content current and gets the review reminders.',
        sv: 'Den som ser till att innehållet är aktuellt och får påminnelserna om granskning.',
      },
      position: 'sidebar',
    },
    index: true,
    label: { en: 'Content owner', sv: 'Innehållsansvarig' },
    relationTo: usersSlug as never,
  },
  {
    name: 'review',
    type: 'group',
    admin: { position: 'sidebar' },
    fields: [
      {
        name: 'reviewBox',
        type: 'ui',
        admin: { components: { Field: { clientProps: { months }, path: reviewBoxPath } } },
      },
      {
        name: 'ownerUnit',
        type: 'text',
        label: { en: 'Responsible unit', sv: 'Ansvarig enhet' },
        maxLength: 120,
      },
      {
        name: 'intervalMonths',
        type: 'number',
        admin: {
          description: {
            en: `Months between reviews. Empty: ${months}.`,
            sv: `Månader mellan granskningarna. Tomt: ${months}.`,
          },
          step: 1,
        },
        label: { en: 'Review every (months)', sv: 'Granska var (månader)' },
        max: 36,
        min: 1,
      },
      {
        name: 'nextReviewAt',
        type: 'date',
        admin: {
          date: { pickerAppearance: 'dayOnly' },
          description: {
            en: 'Empty: counted from the last review. A date of your own applies until the next review.',
            sv: 'Tomt: räknas från senaste granskningen. Ett eget datum gäller till nästa granskning.',
          },
        },
        label: { en: 'Next review', sv: 'Nästa granskning' },
      },
      {
        name: 'expiresAt',
        type: 'date',
        admin: { date: { pickerAppearance: 'dayOnly' } },
        label: { en: 'Expires', sv: 'Slutdatum' },
      },
      {
        name: 'expiryAction',
        type: 'select',
        defaultValue: 'meddela',
        label: { en: 'When it expires', sv: 'När slutdatumet passerats' },
        options: [
          { label: { en: 'Notify the owner', sv: 'Meddela den ansvarige' }, value: 'meddela' },
          {
            label: { en: 'Show as out of date', sv: 'Visa som inaktuellt' },
            value: 'inaktuell',
          },
          { label: { en: 'Unpublish', sv: 'Avpublicera' }, value: 'avpublicera' },
        ],
      },
      {
        name: 'lastReviewedAt',
        type: 'date',
        admin: { hidden: true, readOnly: true },
        hooks: { afterRead: [lastReviewedAt(collection)] },
        label: { en: 'Last reviewed', sv: 'Senast granskad' },
        virtual: true,
      },
      {
        name: 'outdated',
        type: 'checkbox',
        admin: { hidden: true, readOnly: true },
        hooks: { afterRead: [outdated(months)] },
        label: { en: 'Out of date', sv: 'Inaktuellt' },
        virtual: true,
      },
    ],
    label: { en: 'Review', sv: 'Granskning' },
  },
]
