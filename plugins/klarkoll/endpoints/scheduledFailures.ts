import type { Endpoint } from 'payload'

import { failedScheduledPublishes } from '../scheduled'

/** GET /api/klarkoll/scheduled-failures?collection=pages&id=5 — for the panel (signed-in users). */
export const scheduledFailuresEndpoint: Endpoint = {
  handler: async (req) => {
    if (!req.user)
      return Response.json({ errors: [{ message: 'Logga in först.' }] }, { status: 401 })
    const params = new URL(req.url ?? 'http://localhost').searchParams
    const failures = await failedScheduledPublishes(req.payload, {
      collection: params.get('collection') ?? undefined,
      id: params.get('id') ?? undefined,
    })
    return Response.json({ failures }, { headers: { 'Cache-Control': 'no-store' } })
  },
  method: 'get',
  path: '/klarkoll/scheduled-failures',
}
