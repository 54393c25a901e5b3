import type { CollectionSlug } from 'payload'

export type KlarkollOptions = {
  /**
   * Collections whose texts are checked before publishing.
   * @default ['pages']
   */
  collections?: CollectionSlug[]
  /**
   * Turns the checks off while keeping the plugin's fields, so the database schema stays the same.
   * @default true
   */
  enabled?: boolean
}

/** What the plugin stores on `config.custom.klarkoll` for its hooks, endpoints and admin views. */
export type KlarkollSettings = {
  collections: CollectionSlug[]
  enabled: boolean
}
