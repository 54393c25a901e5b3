import type { CollectionSlug, Payload } from 'payload'

/**
 * Writes klarkoll's own group on a document through the adapter: no new version, no hooks, the
 * editor's fields untouched. The group is written whole (MongoDB replaces a nested object), so
 * the parts this write does not change are carried over from `stored`, as read with the document.
 */
export const storeKlarkoll = async (
  payload: Payload,
  {
    changes,
    collection,
    id,
    req,
    stored,
  }: {
    changes: Record<string, unknown>
    collection: string
    id: number | string
    req?: { transactionID: number | string }
    stored: null | Record<string, unknown> | undefined
  },
): Promise<void> => {
  const kept = { ...stored }
  // overrideReason is virtual: it comes with a read but is never stored.
  delete kept.overrideReason
  await payload.db.updateOne({
    collection: collection as CollectionSlug,
    data: { klarkoll: { ...kept, ...changes } },
    id,
    req,
    returning: false,
  })
}
