import { siteUrl } from '../site'

/** The anchors of a unit's and a schedule's sections on Kontakta oss. */
export const unitAnchor = (id: number | string) => `enhet-${id}`
export const scheduleAnchor = (id: number | string) => `oppettider-${id}`

/**
 * Stable `@id`s, so the entities in separate JSON-LD answers link up: a unit and a schedule are
 * the anchors of their sections on Kontakta oss, the municipality the site itself.
 */
export const unitId = (id: number | string, site = siteUrl()) =>
  `${site}/kontakta-oss#${unitAnchor(id)}`

export const scheduleId = (id: number | string, site = siteUrl()) =>
  `${site}/kontakta-oss#${scheduleAnchor(id)}`

export const municipalityId = (site = siteUrl()) => `${site}/#kommun`
