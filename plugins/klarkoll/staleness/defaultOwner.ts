import type { CollectionBeforeChangeHook } from 'payload'

/**
 * The first person to save a document becomes its content owner, until someone picks another:
 * every document then has someone who gets its review reminders (Sitevision's "last publisher").
 */
export const defaultOwner =
  (usersSlug: string): CollectionBeforeChangeHook =>
  ({ data, originalDoc, req }) => {
    const user = req.user as { collection?: string; id?: number | string } | null
    if (!user?.id || user.collection !== usersSlug) return data
    if ('contentOwner' in data && data.contentOwner) return data
    if (!('contentOwner' in data) && originalDoc?.contentOwner) return data
    data.contentOwner = user.id
    return data
  }
