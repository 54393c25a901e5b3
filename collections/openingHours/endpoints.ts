import type { Endpoint, PayloadRequest } from 'payload'

import type { OpeningHoursDoc } from './toSchedule'

import { badRequest, cacheControl, jsonLd, loadReadable, publicJson } from '../../lib/api/readable'
import { scheduleJsonLd } from '../../lib/jsonLd/schedule'
import { statusAt, toLocal, toOsmOpeningHours, week } from '../../lib/openingHours'
import { deviationsFeed } from '../../lib/openingHours/deviationsFeed'
import { deviationsCalendar } from '../../lib/openingHours/icalendar'
import { siteUrl } from '../../lib/site'
import { toSchedule } from './toSchedule'
import { isCalendarDate } from './validation'

const param = (url: string | undefined, name: string) =>
  new URL(url ?? 'http://localhost').searchParams.get(name)

/** What the schedule is built from; the status and week answers read nothing else. */
const scheduleFields = {
  exceptions: true,
  holidays: true,
  notice: true,
  periods: true,
  weekly: true,
} as const

/**
 * The years a question about opening hours may ask about. Dates far off are valid JavaScript but
 * overflow the calendar arithmetic (a 500 for year 275760, weeks past year 9999).
 */
const inServiceYears = (year: number) => year >= 1900 && year <= 2200

/** `?from=YYYY-MM-DD`, today in Stockholm when absent; a 400 when it is no date. */
const fromDate = (url: string | undefined): Response | string => {
  const from = param(url, 'from')
  const start = from ?? toLocal(new Date()).date
  return isCalendarDate(start) && inServiceYears(Number(start.slice(0, 4)))
    ? start
    : badRequest(
        `Parametern "from" ("${from}") är inget giltigt datum. Skriv ÅÅÅÅ-MM-DD mellan år 1900 och 2200.`,
      )
}

/** `?at=<ISO instant>`, now when absent; a 400 when it is no instant. */
const atInstant = (url: string | undefined): Date | Response => {
  const at = param(url, 'at')
  const instant = at === null ? new Date() : new Date(at)
  if (Number.isNaN(instant.getTime()) || !inServiceYears(instant.getUTCFullYear())) {
    return badRequest(
      `Parametern "at" ("${at}") är ingen giltig tidpunkt. Använd ISO 8601 mellan år 1900 och 2200, till exempel 2026-12-24T10:00:00+01:00 (i en adress skrivs + som %2B).`,
    )
  }
  return instant
}

/** GET /api/opening-hours/:id/status?at=<ISO> — open now?, when it changes, and why. */
export const statusEndpoint: Endpoint = {
  handler: async (req) => {
    const instant = atInstant(req.url)
    if (instant instanceof Response) return instant
    const doc = await loadReadable<OpeningHoursDoc>(req, 'opening-hours', 0, scheduleFields)
    if (doc instanceof Response) return doc
    return publicJson(req, { at: instant.toISOString(), ...statusAt(toSchedule(doc), instant) }, 30)
  },
  method: 'get',
  path: '/:id/status',
}

/** The most a single answer lists; a municipality has tens of units, not thousands. */
const listLimit = 500

/** Every schedule the caller may read (visitors: published ones), A–Ö. */
const readableSchedules = (req: PayloadRequest) =>
  req.payload.find({
    collection: 'opening-hours',
    depth: 0,
    limit: listLimit,
    overrideAccess: false,
    req,
    select: { ...scheduleFields, kind: true, name: true, updatedAt: true },
    sort: 'name',
  })

/**
 * GET /api/opening-hours/open-now?at=<ISO> — every published schedule at once (the caller's
 * access applies): open or not, until or from when, and why. One request for a "what is open now"
 * overview of the whole municipality.
 */
export const openNowEndpoint: Endpoint = {
  handler: async (req) => {
    const instant = atInstant(req.url)
    if (instant instanceof Response) return instant
    const { docs, totalDocs } = await readableSchedules(req)
    const schedules = docs.map((doc) => ({
      id: doc.id,
      kind: doc.kind,
      name: doc.name,
      ...statusAt(toSchedule(doc as OpeningHoursDoc), instant),
    }))
    return publicJson(req, { at: instant.toISOString(), schedules, totalDocs }, 30)
  },
  method: 'get',
  path: '/open-now',
}

/**
 * GET /api/opening-hours/:id/calendar?from=YYYY-MM-DD — the next twelve months' exceptions,
 * holidays and eves as an iCalendar file (text/calendar) to import or subscribe to.
 */
export const calendarEndpoint: Endpoint = {
  handler: async (req) => {
    const start = fromDate(req.url)
    if (start instanceof Response) return start
    const doc = await loadReadable<OpeningHoursDoc & { id: number | string; name: string }>(
      req,
      'opening-hours',
      0,
      { ...scheduleFields, name: true },
    )
    if (doc instanceof Response) return doc
    const host = new URL(siteUrl()).hostname
    const file = deviationsCalendar(toSchedule(doc), {
      from: start,
      id: `opening-hours-${doc.id}@${host}`,
      name: doc.name,
      now: new Date(),
      url: `${siteUrl()}/kontakta-oss`,
    })
    return new Response(file, {
      headers: {
        'Cache-Control': cacheControl(req, 3600),
        'Content-Disposition': `inline; filename="oppettider-${doc.id}.ics"`,
        'Content-Type': 'text/calendar; charset=utf-8',
      },
    })
  },
  method: 'get',
  path: '/:id/calendar',
}

/** GET /api/opening-hours/:id/week?from=YYYY-MM-DD — seven concrete days for "denna vecka". */
export const weekEndpoint: Endpoint = {
  handler: async (req) => {
    const start = fromDate(req.url)
    if (start instanceof Response) return start
    const doc = await loadReadable<OpeningHoursDoc>(req, 'opening-hours', 0, scheduleFields)
    if (doc instanceof Response) return doc
    return publicJson(req, { days: week(toSchedule(doc), start), from: start }, 300)
  },
  method: 'get',
  path: '/:id/week',
}

/**
 * GET /api/opening-hours/:id/json-ld?from=YYYY-MM-DD — the schedule as a typed schema.org entity
 * with the `@id` of its section on Kontakta oss: visiting hours and reception a Place with
 * openingHoursSpecification and twelve months of specialOpeningHoursSpecification (exceptions,
 * holidays, eves); phone and chat hours a ContactPoint with hoursAvailable (schema.org gives
 * contact points no special hours: those are in the calendar file and the feed).
 */
export const jsonLdEndpoint: Endpoint = {
  handler: async (req) => {
    const start = fromDate(req.url)
    if (start instanceof Response) return start
    const doc = await loadReadable<
      OpeningHoursDoc & { id: number | string; kind: string; name: string }
    >(req, 'opening-hours')
    if (doc instanceof Response) return doc
    return jsonLd(req, scheduleJsonLd(doc, toSchedule(doc), { from: start }))
  },
  method: 'get',
  path: '/:id/json-ld',
}

/** GET /api/opening-hours/:id/osm — the schedule as an OpenStreetMap opening_hours value. */
export const osmEndpoint: Endpoint = {
  handler: async (req) => {
    const doc = await loadReadable<OpeningHoursDoc>(req, 'opening-hours')
    if (doc instanceof Response) return doc
    return publicJson(req, { opening_hours: toOsmOpeningHours(toSchedule(doc)) }, 300)
  },
  method: 'get',
  path: '/:id/osm',
}

/**
 * GET /api/opening-hours/feed — an Atom feed of temporary notices and of the exceptions in the
 * next 60 days, for every published schedule: for feed readers and the municipality's own news.
 */
export const feedEndpoint: Endpoint = {
  handler: async (req) => {
    const { docs } = await readableSchedules(req)
    const now = new Date()
    const feed = deviationsFeed(
      docs.map((doc) => ({
        id: doc.id,
        name: doc.name,
        schedule: toSchedule(doc as OpeningHoursDoc),
        updatedAt: doc.updatedAt,
      })),
      {
        feedUrl: `${siteUrl()}/api/opening-hours/feed`,
        now,
        pageUrl: `${siteUrl()}/kontakta-oss`,
        today: toLocal(now).date,
      },
    )
    return new Response(feed, {
      headers: {
        'Cache-Control': cacheControl(req, 300),
        'Content-Type': 'application/atom+xml; charset=utf-8',
      },
    })
  },
  method: 'get',
  path: '/feed',
}
