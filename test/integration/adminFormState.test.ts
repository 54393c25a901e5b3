import type { CollectionSlug, Field, GlobalSlug, PayloadRequest } from 'payload'

import { afterAll, beforeAll, describe, expect, test } from '@jest/globals'
import { fieldSchemasToFormState } from '@payloadcms/ui/forms/fieldSchemasToFormState'
import { createLocalReq } from 'payload'
import { reduceFieldsToValues } from 'payload/shared'

import { seed } from '../../seed'
import { createApiClient } from '../helpers/api'
import { startTestPayload, type TestPayload } from '../helpers/payload'

/**
 * What Payload's own admin sends: the form state its edit view builds for a document
 * (fieldSchemasToFormState, the same server function the admin calls), turned into the request
 * body the way its form does on submit (reduceFieldsToValues). Hand-written JSON missed that an
 * array without rows is sent as the number 0, and no opening hours could be saved in the admin.
 */
let t: TestPayload
let api: ReturnType<typeof createApiClient>
let token: string
let req: PayloadRequest

const editorCollections = [
  'pages',
  'opening-hours',
  'contact-details',
  'e-services',
  'accessibility-issues',
] as const

/** Collections without drafts need their required fields even for the first save. */
const required: Record<string, Record<string, unknown>> = {
  'accessibility-issues': { description: 'Kartan saknar textalternativ.', summary: 'Kartan' },
}

beforeAll(async () => {
  t = await startTestPayload()
  api = createApiClient(t.config)
  await seed(t.payload, { adminPassword: 'Formulär-test-1', today: '2026-11-21' })
  const login = await t.payload.login({
    collection: 'users',
    data: { email: 'admin@exempelkommun.se', password: 'Formulär-test-1' },
  })
  token = login.token!
  req = await createLocalReq({ user: login.user as never }, t.payload)
}, 120_000)
afterAll(async () => {
  await t?.stop()
})

const fieldsOf = (slug: string): Field[] =>
  (t.payload.collections[slug as CollectionSlug]?.config.fields ??
    t.payload.globals.config.find((g) => g.slug === slug)?.fields)!

/** The body the admin's form submits for `data` (an empty object for "Skapa ny"). */
const adminBody = async (
  slug: string,
  data: Record<string, unknown>,
  operation: 'create' | 'update',
) => {
  const state = await fieldSchemasToFormState({
    collectionSlug: t.payload.collections[slug as CollectionSlug] ? slug : undefined,
    data,
    fields: fieldsOf(slug),
    fieldSchemaMap: undefined,
    id: data.id as number | undefined,
    operation,
    permissions: true,
    preferences: { fields: {} },
    renderAllFields: false,
    req,
    schemaPath: slug,
    skipValidation: true,
  })
  return reduceFieldsToValues(state, true) as Record<string, unknown>
}

/** Drops what the server writes itself, to compare what the editor entered. */
const entered = (doc: Record<string, unknown>) => {
  const copy = JSON.parse(JSON.stringify(doc)) as Record<string, unknown>
  for (const key of ['updatedAt', 'createdAt', 'klarkoll', '_status']) delete copy[key]
  return copy
}

describe('what the admin sends is accepted on every editor collection', () => {
  test.each(editorCollections)(
    '"Skapa ny" saved as a draft with every list empty: %s',
    async (slug) => {
      const body = await adminBody(slug, {}, 'create')
      // The admin's form sends an empty list as its row count.
      const lists = fieldsOf(slug).filter((f) => f.type === 'array' || f.type === 'blocks')
      for (const list of lists) expect(body['name' in list ? list.name : '']).toBe(0)
      const res = await api.post(`/${slug}?draft=true&depth=0`, {
        body: { ...body, ...required[slug], _status: 'draft' },
        token,
      })
      expect([res.status, res.body.errors]).toEqual([201, undefined])
      for (const list of lists) expect(res.body.doc['name' in list ? list.name : '']).toEqual([])
    },
  )

  test.each(editorCollections)(
    'a full seeded document saved again from its edit view is unchanged: %s',
    async (slug) => {
      const { docs } = await t.payload.find({
        collection: slug,
        depth: 0,
        draft: true,
        limit: 1,
        sort: '-updatedAt',
      })
      const stored = docs[0] as unknown as Record<string, unknown>
      const body = await adminBody(slug, stored, 'update')
      const res = await api.patch(`/${slug}/${stored.id}?draft=true&depth=0`, {
        body: { ...body, _status: 'draft' },
        token,
      })
      expect([res.status, res.body.errors]).toEqual([200, undefined])
      const after = await t.payload.findByID({
        collection: slug,
        depth: 0,
        draft: true,
        id: stored.id as number,
      })
      expect(entered(after as never)).toEqual(entered(stored))
    },
  )

  test('the accessibility statement saved from its edit view is unchanged', async () => {
    const stored = (await t.payload.findGlobal({
      depth: 0,
      draft: true,
      slug: 'accessibility-statement' as GlobalSlug,
    })) as unknown as Record<string, unknown>
    const body = await adminBody('accessibility-statement', stored, 'update')
    const res = await api.post(`/globals/accessibility-statement?draft=true&depth=0`, {
      body: { ...body, _status: 'draft' },
      token,
    })
    expect([res.status, res.body.errors]).toEqual([200, undefined])
  })
})
