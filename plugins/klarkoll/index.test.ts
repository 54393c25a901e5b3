import type { CollectionSlug, Config } from 'payload'

import { expect, test } from '@jest/globals'

import { klarkoll } from './index'

const host = (): Config =>
  ({
    collections: [
      { slug: 'pages', fields: [] },
      { slug: 'news', fields: [] },
    ],
    custom: { own: 1 },
    secret: 'x',
  }) as unknown as Config

test('registers its settings without touching the host config', () => {
  const config = klarkoll({ collections: ['news' as CollectionSlug] })(host())
  expect(config.custom).toEqual({ klarkoll: { collections: ['news'], enabled: true }, own: 1 })
  expect(config.collections).toHaveLength(2)
})

test('defaults to pages and can be turned off', () => {
  expect(klarkoll()(host()).custom?.klarkoll).toEqual({ collections: ['pages'], enabled: true })
  expect(klarkoll({ enabled: false })(host()).custom?.klarkoll.enabled).toBe(false)
})

test('an unknown collection is named in the error', () => {
  expect(() => klarkoll({ collections: ['nyheter' as CollectionSlug] })(host())).toThrow(
    /samlingen "nyheter" finns inte.*pages, news/,
  )
})
