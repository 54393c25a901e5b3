import type { CheckboxFieldValidation } from 'payload'

import { inUserLanguage } from '@klarkoll/payload-plugin'

/**
 * "En väg in": the municipality has one main contact. Ticking it on a second unit names the one
 * that already is, so the editor knows which to untick first.
 */
export const validateOneMainContact: CheckboxFieldValidation = async (value, args) => {
  const { id, req } = args
  if (value !== true || !req?.payload) return true
  const { docs } = await req.payload.find({
    collection: 'contact-details',
    depth: 0,
    limit: 1,
    pagination: false,
    req,
    select: { name: true },
    where: {
      and: [{ mainContact: { equals: true } }, ...(id ? [{ id: { not_equals: id } }] : [])],
    },
  })
  const other = docs[0]
  if (!other) return true
  return inUserLanguage(req, {
    en: `"${other.name}" is already the municipality's main contact. One way in means one main contact: untick it there first.`,
    sv: `"${other.name}" är redan kommunens huvudkontakt. En väg in betyder en huvudkontakt: avmarkera den där först.`,
  })
}
