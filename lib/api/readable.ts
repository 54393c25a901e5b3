import type { CollectionSlug, PayloadRequest } from 'payload'

import { serializeJsonLd } from '../jsonLd/serialize'

export const json = (body: unknown, status = 200) =>
  Response.json(body, { headers: { 'Cache-Control': 'no-store' }, status })

export const badRequest = (message: string) => json({ errors: [{ message }] }, 400)

/**
 * What a visitor reads may be kept by browsers and shared caches for `maxAge` seconds; a signed-in
 * caller's answer (which may hold what visitors cannot see) is never stored.
 */
export const cacheControl = (req: PayloadRequest, maxAge: number): string =>
  req.user ? 'private, no-store' : `public, max-age=${maxAge}`

/** A public read answer: JSON with cacheControl's header. */
export const publicJson = (req: PayloadRequest, body: unknown, maxAge: number) =>
  Response.json(body, { headers: { 'Cache-Control': cacheControl(req, maxAge) } })

/** JSON-LD that can be pasted into a script element as it is; cacheable for five minutes. */
export const jsonLd = (req: PayloadRequest, value: unknown) =>
  new Response(serializeJsonLd(value), {
    headers: {
      'Cache-Control': cacheControl(req, 300),
      'Content-Type': 'application/ld+json; charset=utf-8',
    },
  })

const notFoundMessages: Partial<Record<CollectionSlug, string>> = {
  'contact-details': 'Kontaktuppgifterna',
  'e-services': 'E-tjänsten',
  'opening-hours': 'Öppettiderna',
}

/**
 * The document as the caller may read it, for custom endpoints: access applies (visitors see
 * published versions only), and the request's locale is used. A Response (404) when it is not there.
 * `select` reads only the fields the endpoint needs (no virtual fields, fewer joins).
 */
export const loadReadable = async <T>(
  req: PayloadRequest,
  collection: CollectionSlug,
  depth = 0,
  select?: Record<string, true>,
): Promise<Response | T> => {
  const id = req.routeParams?.id
  try {
    return (await req.payload.findByID({
      collection,
      depth,
      id: String(id),
      overrideAccess: false,
      req,
      ...(select ? { select: select as never } : {}),
    })) as T
  } catch (error) {
    // Only "not there" (or not for this caller) is a 404; a database that does not answer must
    // not look like a removed page to caches and search engines (Payload answers it with a 503).
    if (![403, 404].includes((error as { status?: number }).status ?? 0)) throw error
    const what = notFoundMessages[collection] ?? 'Dokumentet'
    return json({ errors: [{ message: `${what} med id "${String(id)}" finns inte.` }] }, 404)
  }
}
