import type { Endpoint } from 'payload'

import type { KlarkollSettings } from '../types'

import { versionCoverage } from './coverage'

/**
 * GET /api/klarkoll/versions/coverage (with the `versions` option) — which lättläst and minority-language versions the
 * municipality must have, which it has, and what is missing (with sources). Signed-in users.
 */
export const coverageEndpoint = (settings: KlarkollSettings): Endpoint => ({
  handler: async (req) => {
    if (!req.user) {
      return Response.json({ errors: [{ message: 'Logga in först.' }] }, { status: 401 })
    }
    const coverage = await versionCoverage(req.payload, settings)
    if (!coverage) {
      return Response.json(
        {
          errors: [
            { message: 'Språkversioner är inte påslagna (klarkoll-inställningen versions).' },
          ],
        },
        { status: 404 },
      )
    }
    return Response.json(coverage, { headers: { 'Cache-Control': 'no-store' } })
  },
  method: 'get',
  path: '/klarkoll/versions/coverage',
})
