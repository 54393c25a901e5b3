import type { Endpoint, PayloadRequest } from 'payload'

import type { OpeningHoursDoc } from './toSchedule'

import { statusAt, toLocal, week } from '../../lib/openingHours'
import { toSchedule } from './toSchedule'
import { isCalendarDate } from './validation'

const json = (body: unknown, status = 200) =>
  Response.json(body, { headers: { 'Cache-Control': 'no-store' }, status })

const badRequest = (message: string) => json({ errors: [{ message }] }, 400)

/** The published document, as the caller may read it: drafts stay hidden from visitors. */
const load = async (req: PayloadRequest): Promise<OpeningHoursDoc | Response> => {
  const id = req.routeParams?.id
  try {
    return (await req.payload.findByID({
      collection: 'opening-hours',
      depth: 0,
      id: String(id),
      overrideAccess: false,
      req,
    })) as OpeningHoursDoc
  } catch {
    return json({ errors: [{ message: `Öppettiderna med id "${String(id)}" finns inte.` }] }, 404)
  }
}

/** GET /api/opening-hours/:id/status?at=<ISO> — open now?, when it changes, and why. */
export const statusEndpoint: Endpoint = {
  handler: async (req) => {
    const at = new URL(req.url ?? 'http://localhost').searchParams.get('at')
    const instant = at === null ? new Date() : new Date(at)
    if (Number.isNaN(instant.getTime())) {
      return badRequest(
        `Parametern "at" ("${at}") är ingen giltig tidpunkt. Använd ISO 8601, till exempel 2026-12-24T10:00:00+01:00.`,
      )
    }
    const doc = await load(req)
    if (doc instanceof Response) return doc
    return json({ at: instant.toISOString(), ...statusAt(toSchedule(doc), instant) })
  },
  method: 'get',
  path: '/:id/status',
}

/** GET /api/opening-hours/:id/week?from=YYYY-MM-DD — seven concrete days for "denna vecka". */
export const weekEndpoint: Endpoint = {
  handler: async (req) => {
    const from = new URL(req.url ?? 'http://localhost').searchParams.get('from')
    const start = from ?? toLocal(new Date()).date
    if (!isCalendarDate(start)) {
      return badRequest(`Parametern "from" ("${from}") är inget giltigt datum. Skriv ÅÅÅÅ-MM-DD.`)
    }
    const doc = await load(req)
    if (doc instanceof Response) return doc
    return json({ days: week(toSchedule(doc), start), from: start })
  },
  method: 'get',
  path: '/:id/week',
}
