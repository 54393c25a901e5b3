import type { CollectionConfig, Endpoint, PayloadRequest } from 'payload'

import type { KlarkollSettings } from '../types'

import { checkDocument } from '../check/checkDocument'
import { asPayloadData } from '../check/payloadConventions'
import { notReadable, readableDraft } from '../check/readableDraft'
import { acceptancesIn } from '../check/report'

/** The form values of a long page are far below this; anything above is not an editor's draft. */
const maxBody = 2_000_000

const reply = (body: unknown, status = 200) =>
  Response.json(body, { headers: { 'Cache-Control': 'no-store' }, status })
const refuse = (message: string, status = 400) => reply({ errors: [{ message }] }, status)

const readJson = async (req: PayloadRequest): Promise<unknown> => {
  const text = typeof req.text === 'function' ? await req.text() : ''
  if (text.length > maxBody) throw new RangeError('too large')
  return JSON.parse(text)
}

/**
 * POST /api/klarkoll/check { collection, id?, data } — the report the publish gate would make for
 * the editor's unsaved form values: the same checkDocument, on the stored document with the form
 * values on top, as the gate merges them. The panel shows this, so it never says "Inga
 * synpunkter" while a publish would be refused or warned about. Whoever may read the document.
 */
export const checkEndpoint = (
  settings: KlarkollSettings,
  collections: Map<string, CollectionConfig>,
): Endpoint => ({
  handler: async (req) => {
    if (!req.user) return refuse('Logga in för att använda granskningen.', 401)
    let body: unknown
    try {
      body = await readJson(req)
    } catch (error) {
      return error instanceof RangeError
        ? refuse('Dokumentet är för stort för att granskas (högst 2 MB).', 413)
        : refuse('Kroppen är inte giltig JSON: skicka {"collection", "id", "data"}.')
    }
    const { collection: slug, data, id } = (body ?? {}) as Record<string, unknown>
    const collection = typeof slug === 'string' ? collections.get(slug) : undefined
    if (!collection) {
      return refuse(
        `"collection" ska vara en samling som klarkoll granskar: ${[...collections.keys()].join(', ')}.`,
      )
    }
    if (!data || typeof data !== 'object' || Array.isArray(data)) {
      return refuse('"data" ska vara dokumentets fält som ett JSON-objekt.')
    }
    let stored: null | Record<string, unknown> = null
    if (id !== undefined && id !== null && id !== '') {
      if (typeof id !== 'string' && typeof id !== 'number') return refuse('"id" ska vara ett id.')
      stored = await readableDraft(req, collection.slug, id)
      if (!stored) return refuse(notReadable, 404)
    }
    const incoming = asPayloadData(collection.fields, data) as Record<string, unknown>
    const merged = { ...(stored ?? {}), ...incoming }
    const accepted = acceptancesIn(
      (incoming.klarkoll as { accepted?: unknown } | undefined)?.accepted,
    )
    try {
      return reply(await checkDocument({ accepted, collection, data: merged, req, settings }))
    } catch (error) {
      req.payload.logger.error({ err: error, msg: 'klarkoll: granskningen kunde inte köras' })
      return refuse('Texten kunde inte granskas. Kontrollera att innehållet är giltigt.', 400)
    }
  },
  method: 'post',
  path: '/klarkoll/check',
})
