import type { Config } from 'payload'

import type { KlarkollOptions, KlarkollSettings } from './types'

export type { KlarkollOptions, KlarkollSettings } from './types'

/**
 * klarkoll checks every text before it reaches the public site: klarspråk, staleness,
 * accessibility and the municipality's service policy.
 */
export const klarkoll =
  (options: KlarkollOptions = {}) =>
  (incoming: Config): Config => {
    const settings: KlarkollSettings = {
      collections: options.collections ?? ['pages'],
      enabled: options.enabled !== false,
    }
    const known = new Set((incoming.collections ?? []).map((collection) => collection.slug))
    const unknown = settings.collections.filter((slug) => !known.has(slug))
    if (unknown.length > 0) {
      throw new Error(
        `klarkoll: samlingen ${unknown.map((slug) => `"${slug}"`).join(', ')} finns inte i konfigurationen. ` +
          `Samlingar som finns: ${[...known].join(', ')}.`,
      )
    }
    return {
      ...incoming,
      custom: { ...incoming.custom, klarkoll: settings },
    }
  }
