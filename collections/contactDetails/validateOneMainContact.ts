import type { CheckboxFieldValidation } from 'payload'

import { inUserLanguage } from '@klarkoll/payload-plugin'

import { publishedMainContact } from './moveMainContact'

/**
 * "En väg in": the municipality has exactly one main contact. Ticking another unit moves the mark
 * there when it is published (moveMainContact); unticking the one main contact would leave the
 * municipality without one, so it is refused with the way to move it instead.
 */
export const validateOneMainContact: CheckboxFieldValidation = async (value, args) => {
  const { id, req } = args
  if (value === true || id === undefined || !req?.payload) return true
  const { docs } = await req.payload.find({
    collection: 'contact-details',
    depth: 0,
    limit: 2,
    pagination: false,
    req,
    select: { name: true },
    where: { and: [...publishedMainContact] },
  })
  if (docs.length !== 1 || String(docs[0]!.id) !== String(id)) return true
  return inUserLanguage(req, {
    en: 'The municipality needs one main contact ("one way in"). Tick "Main contact" on another unit instead: the mark moves there when it is published.',
    sv: 'Kommunen ska ha en huvudkontakt ("en väg in"). Markera "Kommunens huvudkontakt" på en annan enhet i stället: markeringen flyttas dit när den publiceras.',
  })
}
