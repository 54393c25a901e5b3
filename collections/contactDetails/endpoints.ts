import type { Endpoint } from 'payload'

import type { ContactDetail } from '../../payload-types'

import { jsonLd, loadReadable } from '../../lib/api/readable'
import { organisationJsonLd } from '../../lib/jsonLd/organisation'
import { toLocal } from '../../lib/openingHours'

/**
 * GET /api/contact-details/:id/json-ld — the unit as schema.org GovernmentOrganization with its
 * channels' hours (only opening hours the caller may read are included).
 */
export const jsonLdEndpoint: Endpoint = {
  handler: async (req) => {
    const doc = await loadReadable<ContactDetail>(req, 'contact-details', 1)
    if (doc instanceof Response) return doc
    return jsonLd(req, organisationJsonLd(doc, { today: toLocal(new Date()).date }))
  },
  method: 'get',
  path: '/:id/json-ld',
}
