import type { CollectionSlug } from 'payload'

import { afterAll, beforeAll, describe, expect, test } from '@jest/globals'
import sharp from 'sharp'

import { seed } from '../../seed'
import { doc, heading, paragraph } from '../../seed/lexical'
import { createApiClient } from '../helpers/api'
import { fixClock } from '../helpers/clock'
import { startTestPayload, type TestPayload } from '../helpers/payload'
import { type SignedIn, signIn } from '../helpers/users'

/**
 * POST /api/klarkoll/check is what the edit view's panel shows: the gate's own checks on the
 * editor's unsaved form values. It must agree with what publishing then does.
 */
fixClock('2026-11-21T09:00:00.000Z')
let t: TestPayload
let api: ReturnType<typeof createApiClient>
let editor: SignedIn

type Finding = { area: string; field: string; ruleId: string; severity: string }

beforeAll(async () => {
  t = await startTestPayload()
  api = createApiClient(t.config)
  await seed(t.payload, { adminPassword: 'Panelens-test-1', today: '2026-11-21' })
  editor = await signIn(t.payload, 'webbredaktor')
  // A draft the gate refuses: bureaucratic Swedish far over the site's LIX limit of 55.
  await t.payload.create({
    collection: 'pages',
    data: {
      _status: 'draft',
      body: doc(paragraph(bureaucratic)),
      ingress: 'Om bygglov.',
      title: 'Handläggning av ansökningar om bygglov enligt plan- och bygglagen',
    } as never,
    draft: true,
  })
}, 120_000)
afterAll(async () => {
  await t?.stop()
})

const check = (collection: string, data: Record<string, unknown>, id?: number | string) =>
  api.post('/klarkoll/check', { body: { collection, data, id }, token: editor.token })

const bureaucratic =
  'Den sökande äger rätt att erhålla besked om huruvida bygglov erfordras för den planerade åtgärden, varvid det åligger den sökande att tillse att samtliga erforderliga handlingar inkommer till byggnadsnämnden i god tid innan åtgärden påbörjas, då handläggningen annars icke kan påbörjas.'
const plain =
  'Du kan lämna grovavfall på återvinningscentralen. Den har öppet varje lördag. Ta med legitimation.'

describe('the panel’s check agrees with the publish gate', () => {
  test.each(['pages', 'opening-hours', 'contact-details', 'e-services'])(
    'every seeded %s: refused at publish exactly when the check finds an error',
    async (slug) => {
      const { docs } = await t.payload.find({
        collection: slug as CollectionSlug,
        depth: 0,
        draft: true,
        limit: 100,
      })
      expect(docs.length).toBeGreaterThan(0)
      let refusedCount = 0
      for (const stored of docs as unknown as Array<Record<string, unknown>>) {
        const checked = await check(slug, { ...stored, _status: 'published' }, stored.id as number)
        expect(checked.status).toBe(200)
        const errors = (checked.body.findings as Finding[]).filter((f) => f.severity === 'error')
        const published = await api.patch(`/${slug}/${stored.id}?depth=0`, {
          body: { _status: 'published' },
          token: editor.token,
        })
        expect([stored.id, published.status]).toEqual([stored.id, errors.length > 0 ? 400 : 200])
        if (errors.length > 0) {
          refusedCount++
          const refused = published.body.errors[0].data.errors as Array<{ path: string }>
          expect(refused.map((e) => e.path).sort()).toEqual(errors.map((e) => e.field).sort())
        }
      }
      if (slug === 'pages') expect(refusedCount).toBeGreaterThan(0)
    },
  )

  test('unsaved form values are checked in every area, as the admin sends them', async () => {
    const png = await sharp({
      create: { background: '#2a6ebb', channels: 3, height: 40, width: 80 },
    })
      .png()
      .toBuffer()
    const media = await t.payload.create({
      collection: 'media',
      context: { klarkoll: 'skip' },
      data: { alt: 'IMG_0042.JPG' },
      file: { data: png, mimetype: 'image/png', name: 'img.png', size: png.length },
    })
    const body = doc(heading('h2', 'Återvinning'), paragraph(plain))
    ;(body.root.children as unknown[]).push({
      fields: {},
      format: '',
      relationTo: 'media',
      type: 'upload',
      value: media.id,
      version: 3,
    })
    const res = await check('pages', { body, ingress: 'Om grovavfall.', title: 'Grovavfall' })
    expect(res.status).toBe(200)
    expect(res.body.findings).toEqual(
      expect.arrayContaining([
        expect.objectContaining({ area: 'a11y', field: 'body', severity: 'error' }),
      ]),
    )
    // The admin sends lists without rows as 0: read as no rows, as Payload does.
    const hours = await check('opening-hours', {
      exceptions: 0,
      kind: 'besokstid',
      name: 'Simhallen – besökstid',
      periods: 0,
      weekly: 0,
    })
    expect(hours.status).toBe(200)
    expect(hours.body.metrics).toBeDefined()
  })

  test('only signed-in users, only documents they can read, and a Swedish 400 for junk', async () => {
    const anonymous = await api.post('/klarkoll/check', {
      body: { collection: 'pages', data: { title: 'x' } },
    })
    expect(anonymous.status).toBe(401)
    const unknown = await check('users', { email: 'x' })
    expect(unknown.status).toBe(400)
    expect(unknown.body.errors[0].message).toMatch(/samling som klarkoll granskar/)
    const missing = await check('pages', { title: 'x' }, 999_999)
    expect(missing.status).toBe(404)
    const notObject = await api.post('/klarkoll/check', {
      body: '[1,2',
      token: editor.token,
    })
    expect(notObject.status).toBe(400)
    expect(notObject.body.errors[0].message).toMatch(/inte giltig JSON/)
  })
})
