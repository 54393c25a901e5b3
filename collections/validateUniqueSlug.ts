import type { CollectionSlug, TextFieldSingleValidation } from 'payload'

import { text } from 'payload/shared'

import { slugPattern } from '../lib/slugify'
import { inUserLanguage } from '@klarkoll/payload-plugin'

/**
 * Payload's own text checks, then a friendlier uniqueness check than the database's: it names
 * the document that already uses the address, so the editor knows what to change.
 */
export const validateUniqueSlug: TextFieldSingleValidation = async (value, args) => {
  const base = await text(value, args)
  if (base !== true || typeof value !== 'string' || !value || !args.req?.payload) {
    return base
  }
  const { collectionSlug, id, req } = args
  if (!slugPattern.test(value)) {
    return inUserLanguage(req, {
      en: 'Address (slug): use lower-case letters a–z, digits and hyphens only, for example "forskola-pa-asen".',
      sv: 'Adress (slug): använd bara små bokstäver a–z, siffror och bindestreck, till exempel "forskola-pa-asen".',
    })
  }
  if (!collectionSlug) {
    return true
  }
  const taken = await req.payload.find({
    collection: collectionSlug as CollectionSlug,
    depth: 0,
    limit: 1,
    pagination: false,
    req,
    where: {
      and: [{ slug: { equals: value } }, ...(id ? [{ id: { not_equals: id } }] : [])],
    },
  })
  const other = taken.docs[0] as { title?: unknown } | undefined
  if (!other) {
    return true
  }
  const title = typeof other.title === 'string' ? other.title : null
  return inUserLanguage(req, {
    en: `The address "${value}" is already used by ${title ? `"${title}"` : 'another document'}. Choose another address.`,
    sv: `Adressen "${value}" används redan av ${title ? `"${title}"` : 'ett annat dokument'}. Välj en annan adress.`,
  })
}
