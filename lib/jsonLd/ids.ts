import { siteUrl } from '../site'

/**
 * Stable `@id`s, so the entities in separate JSON-LD answers link up: a unit is the anchor of its
 * section on Kontakta oss, the municipality the site itself.
 */
export const unitId = (id: number | string, site = siteUrl()) => `${site}/kontakta-oss#enhet-${id}`

export const municipalityId = (site = siteUrl()) => `${site}/#kommun`
