import type { Endpoint } from 'payload'

import type { EService } from '../../payload-types'

import { jsonLd, loadReadable } from '../../lib/api/readable'
import { cpsvApCatalogue } from '../../lib/jsonLd/cpsvAp'
import { governmentServiceJsonLd } from '../../lib/jsonLd/governmentService'

/** GET /api/e-services/:id/json-ld — the e-service as schema.org GovernmentService. */
export const jsonLdEndpoint: Endpoint = {
  handler: async (req) => {
    const doc = await loadReadable<EService>(req, 'e-services', 1)
    if (doc instanceof Response) return doc
    return jsonLd(req, governmentServiceJsonLd(doc))
  },
  method: 'get',
  path: '/:id/json-ld',
}

/**
 * GET /api/e-services/cpsv-ap — the whole published catalogue as CPSV-AP 3.x JSON-LD, for
 * national service catalogues and the Single Digital Gateway.
 */
export const cpsvApEndpoint: Endpoint = {
  handler: async (req) => {
    const { docs } = await req.payload.find({
      collection: 'e-services',
      depth: 1,
      limit: 500,
      overrideAccess: false,
      req,
      sort: 'title',
    })
    return jsonLd(req, cpsvApCatalogue(docs as EService[]))
  },
  method: 'get',
  path: '/cpsv-ap',
}
