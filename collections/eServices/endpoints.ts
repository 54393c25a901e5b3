import type { Endpoint } from 'payload'

import type { EService } from '../../payload-types'

import { jsonLd, loadReadable } from '../../lib/api/readable'
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
