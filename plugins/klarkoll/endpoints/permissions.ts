import type { Endpoint } from 'payload'

import type { KlarkollSettings } from '../types'

/** GET /api/klarkoll/permissions — what the signed-in user may do, for the admin panel. */
export const permissionsEndpoint = (settings: KlarkollSettings): Endpoint => ({
  handler: (req) =>
    req.user
      ? Response.json({
          canOverride: settings.canOverride(req.user),
          canReadAudit: settings.canReadAudit(req.user),
        })
      : Response.json({ errors: [{ message: 'Logga in först.' }] }, { status: 401 }),
  method: 'get',
  path: '/klarkoll/permissions',
})
