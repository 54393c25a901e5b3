import type { CollectionAfterChangeHook } from 'payload'

import type { KlarkollSettings } from '../types'

import { pageCheckTaskSlug } from './task'

export const pageCheckQueue = 'klarkoll'

/** After a publish, the page is checked in a real browser by the job runner — not in this request. */
export const queuePageCheck =
  (slug: string, settings: KlarkollSettings): CollectionAfterChangeHook =>
  async ({ context, doc, req }) => {
    if (!settings.enabled || !settings.publicUrls[slug] || context?.seed) return doc
    const status = (doc as { _status?: string })._status
    if (status !== undefined && status !== 'published') return doc
    await req.payload.jobs.queue({
      input: { collection: slug, id: String(doc.id) } as never,
      queue: pageCheckQueue,
      req,
      task: pageCheckTaskSlug as never,
    })
    return doc
  }
