import type { PayloadRequest } from 'payload'

/** The message when a document is missing or the user may not read it: the same for both. */
export const notReadable = 'Dokumentet finns inte, eller så får du inte läsa det.'

/**
 * A document as its latest draft, if the signed-in user may read it (Payload's own access), or
 * null. The endpoints that act on one document for an editor read it this way.
 */
export const readableDraft = async (
  req: PayloadRequest,
  collection: string,
  id: number | string,
): Promise<null | Record<string, unknown>> =>
  (await req.payload.findByID({
    collection: collection as never,
    depth: 0,
    disableErrors: true,
    draft: true,
    id,
    overrideAccess: false,
    req,
  })) as null | Record<string, unknown>
