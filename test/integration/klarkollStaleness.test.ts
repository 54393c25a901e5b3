import { afterAll, beforeAll, describe, expect, test } from '@jest/globals'

import { addMonths, swedishDay } from '../../plugins/klarkoll'
import { doc, paragraph } from '../../seed/lexical'
import { createApiClient } from '../helpers/api'
import { fixClock } from '../helpers/clock'
import { startTestPayload, type TestPayload } from '../helpers/payload'
import { type SignedIn, signIn } from '../helpers/users'

let t: TestPayload
let api: ReturnType<typeof createApiClient>
let editor: SignedIn
let communicator: SignedIn

const plain =
  'Du kan få hjälp av oss. Ring kontaktcenter. Vi svarar på vardagar. Du kan också skicka e-post. Vi svarar inom två dagar.'
let counter = 0
const page = (extra: Record<string, unknown> = {}) => ({
  body: doc(paragraph(plain)),
  ingress: 'Här får du veta hur det går till.',
  title: `Granskad sida ${++counter}`,
  ...extra,
})

// The server and the test read the same fixed date, whatever the machine's clock says.
fixClock('2026-11-21T09:00:00.000Z')
const today = () => swedishDay(new Date())

const review = (id: number | string, token?: string, note?: string) =>
  api.post('/klarkoll/review', {
    body: { collection: 'pages', id, ...(note ? { note } : {}) },
    ...(token ? { token } : {}),
  })

beforeAll(async () => {
  t = await startTestPayload()
  api = createApiClient(t.config)
  editor = await signIn(t.payload, 'webbredaktor')
  communicator = await signIn(t.payload, 'kommunikator')
})
afterAll(async () => {
  await t?.stop()
})

describe('owner and review workflow', () => {
  test('the publisher becomes the owner; visitors see the unit and "Senast granskad", not the user', async () => {
    const res = await api.post('/pages', {
      body: { ...page(), _status: 'published', review: { ownerUnit: 'Bygglovsenheten' } },
      token: editor.token,
    })
    expect(res.status).toBe(201)
    expect(res.body.doc.contentOwner).toMatchObject({ id: editor.user.id })
    const visitor = await api.get(`/pages/${res.body.doc.id}`)
    expect(visitor.status).toBe(200)
    expect(visitor.body.contentOwner).toBeUndefined()
    expect(visitor.body.review).toMatchObject({
      lastReviewedAt: null,
      outdated: false,
      ownerUnit: 'Bygglovsenheten',
    })
  })

  test('"Markera som granskad" sets the review date and log; ordinary saves do not', async () => {
    const created = await api.post('/pages', {
      body: { ...page(), _status: 'published' },
      token: editor.token,
    })
    const id = created.body.doc.id
    const before = await api.get(`/klarkoll/review?collection=pages&id=${id}`, {
      token: editor.token,
    })
    expect(before.status).toBe(200)
    expect(before.body).toMatchObject({ lastReviewedAt: null, log: [], overdue: false })

    const marked = await review(id, communicator.token, 'Kontrollerade avgifterna.')
    expect(marked.status).toBe(200)
    expect(marked.body).toMatchObject({
      daysLeft: expect.any(Number),
      lastReviewedAt: today(),
      nextReviewAt: addMonths(today(), 12),
      overdue: false,
    })
    expect(marked.body.log).toEqual([
      expect.objectContaining({
        byName: 'kommunikator',
        note: 'Kontrollerade avgifterna.',
      }),
    ])
    expect(marked.body.log[0]).not.toHaveProperty('byEmail')
    const visitor = await api.get(`/pages/${id}`)
    expect(swedishDay(visitor.body.review.lastReviewedAt)).toBe(today())

    // An ordinary save, even one that sends review fields, leaves the review alone.
    const edited = await api.patch(`/pages/${id}`, {
      body: { review: { lastReviewedAt: '2020-01-01T00:00:00.000Z' }, title: 'Ny rubrik' },
      token: editor.token,
    })
    expect(edited.status).toBe(200)
    const after = await api.get(`/klarkoll/review?collection=pages&id=${id}`, {
      token: editor.token,
    })
    expect(after.body.lastReviewedAt).toBe(today())
    expect(after.body.log).toHaveLength(1)

    const bad = await api.post('/klarkoll/review', {
      body: { collection: 'pages', id, note: 42 },
      token: editor.token,
    })
    expect(bad.status).toBe(400)
    expect(bad.body.errors[0].message).toMatch(/"note" ska vara en text/)

    const again = await review(id, editor.token)
    expect(again.body.log).toHaveLength(2)
    expect(again.body.log[0]).toMatchObject({ byName: 'webbredaktor' })
  })

  test('the review action says in Swedish what is wrong, and needs a signed-in user', async () => {
    expect((await review(1)).status).toBe(401)
    const wrong = await api.post('/klarkoll/review', {
      body: { collection: 'users', id: 1 },
      token: editor.token,
    })
    expect(wrong).toMatchObject({ status: 400 })
    expect(wrong.body.errors[0].message).toMatch(/"collection" ska vara en samling som granskas/)
    const missing = await review(999999, editor.token)
    expect(missing.status).toBe(404)
    expect(missing.body.errors[0].message).toMatch(/finns inte/)
  })
})

describe('staleness in the publish gate', () => {
  test('an overdue review warns with the date and how long ago, but does not block', async () => {
    const res = await api.post('/pages', {
      body: {
        ...page({ review: { nextReviewAt: '2026-01-15T12:00:00.000Z' } }),
        _status: 'published',
      },
      token: editor.token,
    })
    expect(res.status).toBe(201)
    const findings = res.body.doc.klarkoll.report.findings as Array<Record<string, string>>
    const overdue = findings.find((f) => f.ruleId === 'stale/review-overdue')
    expect(overdue).toMatchObject({ field: 'review.nextReviewAt', severity: 'warning' })
    expect(overdue!.message).toMatch(/skulle ha granskats 2026-01-15 \(för 310 dagar sedan\)/)
  })

  test('expired content is blocked, with a Swedish message on the expiry field; the draft is kept', async () => {
    const draft = await api.post('/pages?draft=true', {
      body: page({ review: { expiresAt: '2026-01-01T12:00:00.000Z' } }),
      token: editor.token,
    })
    expect(draft.status).toBe(201)
    const res = await api.patch(`/pages/${draft.body.doc.id}`, {
      body: { _status: 'published' },
      token: editor.token,
    })
    expect(res.status).toBe(400)
    expect(res.body.errors[0].data.errors).toEqual([
      expect.objectContaining({
        message: expect.stringMatching(/^Innehållet gick ut 2026-01-01\./),
        path: 'review.expiresAt',
      }),
    ])
    const kept = await api.get(`/pages/${draft.body.doc.id}?draft=true`, { token: editor.token })
    expect(kept.body.title).toBe(draft.body.doc.title)
  })

  test('content saved without a user has no owner, and the gate says so', async () => {
    const created = await t.payload.create({
      collection: 'pages',
      data: { ...page(), _status: 'published' } as never,
    })
    const findings = (created as unknown as { klarkoll: { report: { findings: object[] } } })
      .klarkoll.report.findings
    expect(findings).toEqual(
      expect.arrayContaining([
        expect.objectContaining({
          field: 'contentOwner',
          message: expect.stringMatching(/^Innehållet saknar innehållsansvarig/),
          ruleId: 'stale/owner-missing',
          severity: 'warning',
        }),
      ]),
    )
  })

  test("the host's checks reach the gate: contact numbers nobody has verified warn", async () => {
    const res = await api.post('/contact-details', {
      body: {
        _status: 'published',
        channels: [
          {
            blockType: 'phone',
            label: 'Växel',
            number: '0123-45 67 00',
            verifiedAt: new Date().toISOString(),
          },
          {
            address: 'info@exempelkommun.se',
            blockType: 'email',
            responseTime: { unit: 'arbetsdagar', value: 2 },
          },
        ],
        name: `Enhet ${++counter}`,
        unitType: 'enhet',
      },
      token: editor.token,
    })
    expect(res.body.errors ?? []).toEqual([])
    expect(res.status).toBe(201)
    const unverified = (
      res.body.doc.klarkoll.report.findings as Array<Record<string, string>>
    ).filter((f) => f.ruleId === 'stale/contact-unverified')
    expect(unverified).toEqual([
      expect.objectContaining({ field: 'channels.1.verifiedAt', severity: 'warning' }),
    ])
  })
})
