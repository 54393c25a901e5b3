import type { CollectionAfterErrorHook, CollectionSlug } from 'payload'

/** What the gate leaves for {@link keepRefusedDraft} when it refuses a publish. */
export type RefusedPublish = {
  collection: string
  data: Record<string, unknown>
  id: number | string
}

export const refusedKey = 'klarkollRefusedPublish'

/**
 * A refused publish keeps the editor's text: after the request's transaction is rolled back, the
 * text that was to be published is saved as a draft of the same document. The admin's autosave
 * cannot be relied on for this — after a failed publish it may not run again — and an editor who
 * closes the tab must not lose the work.
 */
export const keepRefusedDraft: CollectionAfterErrorHook = async ({ req }) => {
  const refused = req.context?.[refusedKey] as RefusedPublish | undefined
  if (!refused) return
  delete req.context[refusedKey]
  try {
    await req.payload.update({
      collection: refused.collection as CollectionSlug,
      context: { klarkoll: 'skip' },
      data: { ...refused.data, _status: 'draft' } as never,
      draft: true,
      id: refused.id,
      overrideAccess: false,
      req,
    })
  } catch (error) {
    req.payload.logger.error({ err: error, msg: 'klarkoll: utkastet kunde inte sparas' })
  }
}
