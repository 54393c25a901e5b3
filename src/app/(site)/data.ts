import config from '@payload-config'
import { getPayload } from 'payload'
import { cache } from 'react'

import type { KlarkollSettings } from '../../../plugins/klarkoll'

import { lexicalToHtml } from '../../../plugins/klarkoll/check/lexicalHtml'

export type SitePage = { bodyHtml: string; ingress: string; title: string }

/**
 * A published page by slug, as a visitor may read it (drafts stay hidden), or null. Cached per
 * request: the page and its metadata ask for the same document.
 */
export const publishedPage = cache(async (slug: string): Promise<null | SitePage> => {
  const payload = await getPayload({ config })
  const { docs } = await payload.find({
    collection: 'pages',
    depth: 1,
    limit: 1,
    locale: 'sv',
    overrideAccess: false,
    where: { and: [{ slug: { equals: slug } }, { _status: { equals: 'published' } }] },
  })
  const page = docs[0]
  if (!page) return null
  const settings = payload.config.custom.klarkoll as KlarkollSettings
  return {
    // The same conversion, with the same text colours, the klarkoll checks ran before publishing.
    bodyHtml: await lexicalToHtml(page.body, undefined, settings.textStates),
    ingress: page.ingress ?? '',
    title: page.title,
  }
})

export const klarkollSettings = async (): Promise<KlarkollSettings> => {
  const payload = await getPayload({ config })
  return payload.config.custom.klarkoll as KlarkollSettings
}
