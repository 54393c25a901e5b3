import type { CollectionAfterChangeHook } from 'payload'

import type { KlarkollSettings } from '../types'

import { collectLinks } from './collect'
import { linkCheckTaskSlug } from './task'

/** After a publish with links, they are checked by the job runner — not in the editor's request. */
export const queueLinkCheck =
  (slug: string, settings: KlarkollSettings): CollectionAfterChangeHook =>
  async ({ context, doc, req }) => {
    if (!settings.enabled || context?.seed) return doc
    const status = (doc as { _status?: string })._status
    if (status !== undefined && status !== 'published') return doc
    if (collectLinks(doc, settings.links.urlFields[slug]).length === 0) return doc
    await req.payload.jobs.queue({
      input: { collection: slug, id: String(doc.id) } as never,
      queue: settings.jobs.queue,
      req,
      task: linkCheckTaskSlug as never,
    })
    return doc
  }
