import type { CollectionAfterChangeHook, CollectionAfterDeleteHook } from 'payload'

// With the extension: Node's ESM loader (Payload CLI, tests) needs it, as next has no exports map.
import { revalidateTag } from 'next/cache.js'

/**
 * Tells the public site that a collection changed, so its cached API answers for that tag are
 * dropped at once and the next visitor sees the change. Outside a Next.js request (the Payload
 * CLI, seed, tests) there is no cache to drop.
 */
const revalidate = (tag: string) => {
  try {
    revalidateTag(tag, { expire: 0 })
  } catch {
    // Not inside a Next.js server: nothing is cached.
  }
}

export const revalidateSiteOnChange =
  (tag: string): CollectionAfterChangeHook =>
  ({ doc }) => {
    revalidate(tag)
    return doc
  }

export const revalidateSiteOnDelete =
  (tag: string): CollectionAfterDeleteHook =>
  ({ doc }) => {
    revalidate(tag)
    return doc
  }
