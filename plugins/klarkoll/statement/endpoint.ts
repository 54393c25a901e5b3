import type { Endpoint } from 'payload'

import type { KlarkollSettings } from '../types'

import { buildStatement } from './build'

/**
 * GET /api/accessibility-statement: the machine-readable tillgänglighetsredogörelse. Public, as the
 * statement itself is; only approved known issues are in it.
 */
export const statementEndpoint = (settings: KlarkollSettings): Endpoint => ({
  handler: async (req) => {
    const statement = await buildStatement(req.payload, settings)
    if (!statement) {
      return Response.json(
        {
          errors: [
            {
              message:
                'Tillgänglighetsredogörelsen är inte ifylld än. / The accessibility statement has not been written yet.',
            },
          ],
        },
        { status: 404 },
      )
    }
    return Response.json(statement, { headers: { 'Cache-Control': 'public, max-age=60' } })
  },
  method: 'get',
  path: '/accessibility-statement',
})
