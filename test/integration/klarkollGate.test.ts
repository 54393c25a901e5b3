import { afterAll, beforeAll, describe, expect, test } from '@jest/globals'

import { doc, paragraph } from '../../seed/lexical'
import { analyzeUntilReady, createApiClient } from '../helpers/api'
import { startTestPayload, type TestPayload } from '../helpers/payload'
import { type SignedIn, signIn } from '../helpers/users'

let t: TestPayload
let api: ReturnType<typeof createApiClient>
let editor: SignedIn
let communicator: SignedIn
let admin: SignedIn

// With the title and ingress of page(): LIX 63, over the site's limit of 55, so the gate blocks.
const bureaucratic =
  'Den sökande äger rätt att erhålla besked om huruvida bygglov erfordras för den planerade åtgärden, varvid det åligger den sökande att tillse att samtliga erforderliga handlingar inkommer till byggnadsnämnden i god tid innan åtgärden påbörjas, då handläggningen annars icke kan påbörjas. Ansökningshandlingarna ska i förekommande fall kompletteras med konstruktionsritningar, situationsplan och nybyggnadskarta, varefter byggnadsnämndens handläggare genomför en fullständighetsprövning av ärendet i enlighet med gällande bestämmelser i plan- och bygglagen.'
// Plain, but with one krångelord ("erhålla"): a warning, which never blocks.
const plainWithWarning =
  'Du kan erhålla hjälp av oss. Ring kontaktcenter. Vi svarar på vardagar. Du kan också skicka e-post. Vi svarar inom två dagar. Du kan också komma till kommunhuset. Vi har öppet varje vardag.'

let counter = 0
const page = (body: string, extra: Record<string, unknown> = {}) => ({
  body: doc(paragraph(body)),
  ingress: 'Här får du veta hur det går till.',
  title: `Sida ${++counter}`,
  ...extra,
})

beforeAll(async () => {
  t = await startTestPayload()
  api = createApiClient(t.config)
  admin = await signIn(t.payload, 'administrator')
  editor = await signIn(t.payload, 'webbredaktor')
  communicator = await signIn(t.payload, 'kommunikator')
})
afterAll(async () => {
  await t?.stop()
})

describe('the publish gate', () => {
  test('errors block publishing with a Swedish message on the field, and nothing is published', async () => {
    const res = await api.post('/pages', {
      body: { ...page(bureaucratic), _status: 'published' },
      token: editor.token,
    })
    expect(res.status).toBe(400)
    const [error] = res.body.errors[0].data.errors
    expect(error).toMatchObject({ path: 'body' })
    expect(error.message).toMatch(
      /^Texten har LIX \d+ \(mycket svår\)\. Sikta på högst 55.*Förslag: /,
    )
    expect(res.body.errors[0].message).toBe('Följande fält är ogiltigt: Brödtext')
    expect((await t.payload.count({ collection: 'pages' })).totalDocs).toBe(0)
  })

  test('a blocked publish loses nothing: the same text saves as a draft', async () => {
    const draft = await api.post('/pages?draft=true', {
      body: page(bureaucratic),
      token: editor.token,
    })
    expect(draft.status).toBe(201)
    const id = draft.body.doc.id
    const publish = await api.patch(`/pages/${id}`, {
      body: { _status: 'published' },
      token: editor.token,
    })
    expect(publish.status).toBe(400)
    const kept = await api.get(`/pages/${id}?draft=true`, { token: editor.token })
    expect(JSON.stringify(kept.body.body)).toContain('Den sökande äger rätt')
    expect((await api.get(`/pages/${id}`)).status).toBe(404)
  })

  test('the text of a refused publish is kept as a draft, though it was never saved before', async () => {
    const draft = await api.post('/pages?draft=true', { body: page('Kort.'), token: editor.token })
    const id = draft.body.doc.id
    const refused = await api.patch(`/pages/${id}`, {
      body: { _status: 'published', body: doc(paragraph(bureaucratic)), title: 'Bygglov, ny text' },
      token: editor.token,
    })
    expect(refused.status).toBe(400)
    const kept = await api.get(`/pages/${id}?draft=true`, { token: editor.token })
    expect(kept.body).toMatchObject({ _status: 'draft', title: 'Bygglov, ny text' })
    expect(JSON.stringify(kept.body.body)).toContain('Den sökande äger rätt')
    // Still nothing public.
    expect((await api.get(`/pages/${id}`)).status).toBe(404)
  })

  test('draft saves and autosaves are never blocked', async () => {
    const draft = await api.post('/pages?draft=true', { body: page('Kort.'), token: editor.token })
    const id = draft.body.doc.id
    for (const query of ['?draft=true', '?draft=true&autosave=true']) {
      const res = await api.patch(`/pages/${id}${query}`, {
        body: { body: doc(paragraph(bureaucratic)) },
        token: editor.token,
      })
      expect(res.status).toBe(200)
    }
  })

  test('warnings never block; the report is stored and only signed-in users read it', async () => {
    const res = await api.post('/pages', {
      body: { ...page(plainWithWarning), _status: 'published' },
      token: editor.token,
    })
    expect(res.status).toBe(201)
    const id = res.body.doc.id
    const signedIn = await api.get(`/pages/${id}`, { token: editor.token })
    expect(signedIn.body.klarkoll).toMatchObject({
      report: {
        findings: expect.arrayContaining([
          expect.objectContaining({
            excerpt: 'erhålla',
            field: 'body',
            ruleId: 'klarsprak/krangelord',
            severity: 'warning',
          }),
        ]),
        preset: 'varmdo',
        rulesVersion: expect.stringMatching(/^[0-9a-f]{12}$/),
        status: 'warnings',
      },
      status: 'warnings',
    })
    expect(signedIn.body.klarkoll.report.contentHash).toMatch(/^[0-9a-f]{16}$/)
    expect(typeof signedIn.body.klarkoll.lix).toBe('number')
    const visitor = await api.get(`/pages/${id}`)
    expect(visitor.body.klarkoll).toEqual({ lix: signedIn.body.klarkoll.lix })
    const gql = await api.graphql(`{ Page(id: ${id}) { klarkoll { lix status report } } }`)
    expect(gql.body.data.Page.klarkoll).toEqual({
      lix: signedIn.body.klarkoll.lix,
      report: null,
      status: null,
    })
  })

  test('a warning marked OK with a reason is kept with who and when, and no longer counts', async () => {
    const created = await api.post('/pages', {
      body: { ...page(plainWithWarning), _status: 'published' },
      token: editor.token,
    })
    const id = created.body.doc.id
    const { key } = created.body.doc.klarkoll.report.findings.find(
      (f: { ruleId: string }) => f.ruleId === 'klarsprak/krangelord',
    )
    const res = await api.patch(`/pages/${id}`, {
      body: {
        _status: 'published',
        klarkoll: {
          accepted: [
            { key, reason: 'Ordet står i lagtexten vi citerar.', by: 'någon annan' },
            { key: 'x|y|z', reason: 'ok' },
          ],
        },
      },
      token: editor.token,
    })
    expect(res.status).toBe(200)
    const stored = res.body.doc.klarkoll
    expect(stored.accepted).toEqual([
      {
        at: expect.any(String),
        by: editor.user.email,
        key,
        reason: 'Ordet står i lagtexten vi citerar.',
        ruleId: 'klarsprak/krangelord',
      },
    ])
    const finding = stored.report.findings.find((f: { key: string }) => f.key === key)
    expect(finding.accepted.reason).toBe('Ordet står i lagtexten vi citerar.')
    expect(stored.report.counts.warning).toBe(created.body.doc.klarkoll.report.counts.warning - 1)
  })

  test('what the checks store cannot be written by a client, even in a draft', async () => {
    const created = await api.post('/pages', {
      body: { ...page(plainWithWarning), _status: 'published' },
      token: editor.token,
    })
    const id = created.body.doc.id
    const before = created.body.doc.klarkoll
    const forged = await api.patch(`/pages/${id}?draft=true`, {
      body: {
        klarkoll: {
          checkedAt: '2030-01-01T00:00:00.000Z',
          lix: 10,
          page: { violations: [] },
          report: { findings: [] },
          status: 'ok',
        },
      },
      token: admin.token,
    })
    expect(forged.status).toBe(200)
    const draft = await api.get(`/pages/${id}?draft=true`, { token: editor.token })
    expect(draft.body.klarkoll).toMatchObject({
      checkedAt: before.checkedAt,
      lix: before.lix,
      report: before.report,
      status: 'warnings',
    })
  })

  test('accepted warnings keep only well-formed entries, and junk never breaks a publish', async () => {
    const created = await api.post('/pages', {
      body: { ...page(plainWithWarning), _status: 'published' },
      token: editor.token,
    })
    const id = created.body.doc.id
    const good = { at: '', key: 'a|b|c', reason: 'Ett skäl som är långt nog.', ruleId: 'a' }
    const junk = await api.patch(`/pages/${id}?draft=true`, {
      body: { klarkoll: { accepted: [null, 5, { key: 1 }, good] } },
      token: editor.token,
    })
    expect(junk.status).toBe(200)
    expect(junk.body.doc.klarkoll.accepted).toEqual([good])
    const notAList = await api.patch(`/pages/${id}?draft=true`, {
      body: { klarkoll: { accepted: 'alla' } },
      token: editor.token,
    })
    expect(notAList.body.doc.klarkoll.accepted).toEqual([good])
    const published = await api.patch(`/pages/${id}`, {
      body: { _status: 'published' },
      token: editor.token,
    })
    expect(published.status).toBe(200)
  })
})

describe('publishing despite errors', () => {
  test('a web editor may not, even with a reason', async () => {
    const res = await api.post('/pages', {
      body: {
        ...page(bureaucratic),
        _status: 'published',
        klarkoll: { overrideReason: 'Lagtext som måste stå ordagrant.' },
      },
      token: editor.token,
    })
    expect(res.status).toBe(400)
    expect(res.body.errors[0].data.errors.map((e: { path: string }) => e.path)).toEqual([
      'body',
      'klarkoll.overrideReason',
    ])
    expect(res.body.errors[0].data.errors[1].message).toMatch(/^Du får inte publicera trots fel/)
  })

  test('a communicator must give a real reason', async () => {
    const res = await api.post('/pages', {
      body: { ...page(bureaucratic), _status: 'published', klarkoll: { overrideReason: 'ok' } },
      token: communicator.token,
    })
    expect(res.status).toBe(400)
    expect(res.body.errors[0].data.errors[1].message).toBe(
      'Skriv ett skäl på minst 10 tecken för att publicera trots fel.',
    )
  })

  test('a communicator with a reason publishes; the override is audited', async () => {
    const res = await api.post('/pages', {
      body: {
        ...page(bureaucratic),
        _status: 'published',
        klarkoll: { overrideReason: 'Lagtext som måste stå ordagrant.' },
        title: 'Citat ur plan- och bygglagen',
      },
      token: communicator.token,
    })
    expect(res.status).toBe(201)
    const id = res.body.doc.id
    expect(res.body.doc.klarkoll.status).toBe('overridden')
    expect(res.body.doc.klarkoll.overrideReason).toBeUndefined()
    const audit = await api.get(`/klarkoll-overrides?where[documentId][equals]=${id}`, {
      token: admin.token,
    })
    expect(audit.body.docs).toEqual([
      expect.objectContaining({
        collectionSlug: 'pages',
        documentTitle: 'Citat ur plan- och bygglagen',
        reason: 'Lagtext som måste stå ordagrant.',
        ruleIds: ['klarsprak/lix'],
        user: expect.objectContaining({ id: communicator.id }),
        userEmail: communicator.user.email,
      }),
    ])
  })

  test('the audit log is read by communicators and administrators only, and written by nobody', async () => {
    expect(
      (await api.get('/klarkoll-overrides', { token: communicator.token })).body.totalDocs,
    ).toBeGreaterThan(0)
    expect((await api.get('/klarkoll-overrides', { token: editor.token })).status).toBe(403)
    expect((await api.get('/klarkoll-overrides')).status).toBe(403)
    const forged = await api.post('/klarkoll-overrides', {
      body: { reason: 'Jag hittade på det här.' },
      token: admin.token,
    })
    expect(forged.status).toBe(403)
    const [entry] = (await api.get('/klarkoll-overrides', { token: admin.token })).body.docs
    expect(
      (await api.delete(`/klarkoll-overrides/${entry.id}`, { token: admin.token })).status,
    ).toBe(403)
  })
})

describe('service policy (Värmdö)', () => {
  const unit = (channels: unknown[], extra: Record<string, unknown> = {}) => ({
    channels,
    name: `Enhet ${++counter}`,
    unitType: 'enhet',
    ...extra,
  })
  const phone = { blockType: 'phone', number: '0123-45 67 00' }

  test('e-mail promised in three working days is blocked on its field (V5: two)', async () => {
    const res = await api.post('/contact-details', {
      body: {
        ...unit([
          phone,
          {
            address: 'a@exempelkommun.se',
            blockType: 'email',
            responseTime: { unit: 'arbetsdagar', value: 3 },
          },
        ]),
        _status: 'published',
      },
      token: editor.token,
    })
    expect(res.status).toBe(400)
    expect(res.body.errors[0].data.errors).toEqual([
      expect.objectContaining({
        message: expect.stringMatching(
          /^E-post lovar svar inom 3 arbetsdagar, men servicepolicyn lovar svar inom 2 arbetsdagar/,
        ),
        path: 'channels.1.responseTime.value',
      }),
    ])
    const ok = await api.post('/contact-details', {
      body: {
        ...unit([
          phone,
          {
            address: 'a@exempelkommun.se',
            blockType: 'email',
            responseTime: { unit: 'arbetsdagar', value: 2 },
          },
        ]),
        _status: 'published',
      },
      token: editor.token,
    })
    expect(ok.status).toBe(201)
  })

  test('the main contact needs phone, e-mail and postal address (V3)', async () => {
    const res = await api.post('/contact-details', {
      body: {
        ...unit(
          [
            phone,
            {
              address: 'a@exempelkommun.se',
              blockType: 'email',
              responseTime: { unit: 'dagar', value: 1 },
            },
          ],
          { mainContact: true },
        ),
        _status: 'published',
      },
      token: editor.token,
    })
    expect(res.status).toBe(400)
    expect(res.body.errors[0].data.errors[0]).toMatchObject({
      message: expect.stringMatching(/saknar en postadress/),
      path: 'channels',
    })
  })

  test('an e-service without "what to have ready" is blocked (V8)', async () => {
    const contact = await t.payload.create({
      collection: 'contact-details',
      context: { seed: true },
      data: {
        _status: 'published',
        channels: [phone],
        name: 'Support',
        unitType: 'enhet',
      } as never,
    })
    const res = await api.post('/e-services', {
      body: {
        _status: 'published',
        authentication: ['ingen'],
        responsibleUnit: contact.id,
        shortDescription: 'Anmäl fel på gatan.',
        title: 'Felanmälan',
        url: 'https://e.exempelkommun.se/fel',
      },
      token: editor.token,
    })
    expect(res.status).toBe(400)
    expect(res.body.errors[0].data.errors).toEqual([
      expect.objectContaining({
        message:
          'Fyll i vad man behöver ha till hands. Servicepolicyn lovar att det står innan man börjar.',
        path: 'whatToHaveReady',
      }),
    ])
  })
})

describe('POST /api/klarkoll/analyze', () => {
  const analyze = (body: unknown, token = editor.token) => analyzeUntilReady(api, body, token)

  test('signed-in users only', async () => {
    const res = await api.post('/klarkoll/analyze', { body: { text: 'Hej.' } })
    expect(res.status).toBe(401)
    expect(res.body.errors[0].message).toBe('Logga in för att använda granskningen.')
  })

  test('plain text, Lexical and HTML give the report the gate stores', async () => {
    const text = await analyze({ text: bureaucratic })
    expect(text.status).toBe(200)
    expect(text.body).toMatchObject({
      findings: expect.arrayContaining([
        expect.objectContaining({ ruleId: 'klarsprak/lix', severity: 'error' }),
      ]),
      metrics: { lix: expect.any(Number) },
      status: 'blocked',
    })
    const lexical = await analyze({ lexical: doc(paragraph(bureaucratic)) })
    expect(lexical.body.metrics.lix).toBe(text.body.metrics.lix)
    const html = await analyze({
      html: `<h2>Bygglov</h2><p>${bureaucratic}</p><p><a href="/x">Läs mer</a></p><script>alert(1)</script>`,
    })
    expect(html.status).toBe(200)
    expect(html.body.metrics.headings).toBe(1)
    expect(html.body.findings.map((f: { field: string }) => f.field)).toContain('html.p.1')
  })

  test('a preset can be chosen: Helsingborg blocks from LIX 40', async () => {
    const text =
      'Förskolan erbjuder pedagogisk verksamhet för barn mellan ett och fem år. Barnen leker, lär sig och vilar. Personalen planerar verksamheten tillsammans med föräldrarna. Maten lagas i förskolans kök varje dag.'
    const standard = await analyze({ text })
    const helsingborg = await analyze({ preset: 'helsingborg', text })
    expect(standard.body.metrics.lix).toBeGreaterThan(40)
    expect(standard.body.metrics.lix).toBeLessThan(55)
    expect(standard.body.status).not.toBe('blocked')
    expect(helsingborg.body).toMatchObject({ preset: 'helsingborg', status: 'blocked' })
  })

  test.each([
    ['not JSON', '{"text": ', /^Kroppen är inte giltig JSON/],
    ['no text', {}, /^Ange texten att granska/],
    ['two inputs', { html: '<p>a</p>', text: 'a' }, /^Ange bara ett av/],
    ['text not a string', { text: 42 }, /^"text" ska vara en textsträng/],
    ['not Lexical', { lexical: { children: [] } }, /^"lexical" ska vara ett Lexical-dokument/],
    ['unknown preset', { preset: 'göteborg', text: 'Hej.' }, /^Okänd policy "göteborg"/],
    ['bad lang', { lang: 'svenska!', text: 'Hej.' }, /^"lang" ska vara en språkkod/],
  ])('bad body (%s): 400 with a Swedish message', async (_, body, message) => {
    const res = await analyze(body)
    expect(res.status).toBe(400)
    expect(res.body.errors[0].message).toMatch(message)
  })

  test('a text over 200,000 characters: 413 with a Swedish message', async () => {
    const res = await analyze({ text: 'a'.repeat(200_001) })
    expect(res.status).toBe(413)
    expect(res.body.errors[0].message).toMatch(/^Texten är för lång/)
  })
})
