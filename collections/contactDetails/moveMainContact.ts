import type { CollectionAfterChangeHook, CollectionBeforeDeleteHook } from 'payload'

import { APIError } from 'payload'

import { inUserLanguage } from '@klarkoll/payload-plugin'

const moving = 'mainContactMoving'

/** The published main contacts; a draft's tick is not yet the municipality's. */
export const publishedMainContact = [
  { mainContact: { equals: true } },
  { _status: { equals: 'published' } },
] as const

/**
 * Publishing a unit ticked as main contact makes it the one: the unit that was unticks in the same
 * transaction, so there is never a second main contact nor a moment with none.
 */
export const moveMainContact: CollectionAfterChangeHook = async ({ doc, req }) => {
  if (doc.mainContact !== true || doc._status !== 'published' || req.context[moving]) return doc
  const { docs } = await req.payload.find({
    collection: 'contact-details',
    depth: 0,
    pagination: false,
    req,
    select: { name: true },
    where: {
      and: [...publishedMainContact, { id: { not_equals: doc.id } }],
    },
  })
  // The local API puts its context on the shared request; the outer save keeps its own.
  const outer = req.context
  try {
    for (const other of docs) {
      await req.payload.update({
        collection: 'contact-details',
        context: { klarkoll: 'skip', [moving]: true },
        data: { mainContact: false },
        depth: 0,
        id: other.id,
        overrideAccess: true,
        req,
      })
    }
  } finally {
    req.context = outer
  }
  return doc
}

/** The main contact cannot be deleted while other units remain: move the mark first. */
export const keepMainContact: CollectionBeforeDeleteHook = async ({ id, req }) => {
  const doc = await req.payload.findByID({
    collection: 'contact-details',
    depth: 0,
    disableErrors: true,
    id,
    req,
    select: { mainContact: true },
  })
  if (doc?.mainContact !== true) return
  const { totalDocs } = await req.payload.count({
    collection: 'contact-details',
    req,
    where: { id: { not_equals: id } },
  })
  if (totalDocs === 0) return
  throw new APIError(
    inUserLanguage(req, {
      en: 'This is the municipality’s main contact ("one way in"). Tick "Main contact" on another unit and publish it before deleting this one.',
      sv: 'Det här är kommunens huvudkontakt ("en väg in"). Markera "Kommunens huvudkontakt" på en annan enhet och publicera den innan du tar bort den här.',
    }),
    400,
    undefined,
    true,
  )
}
