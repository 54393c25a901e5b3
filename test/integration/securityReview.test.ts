import { afterAll, beforeAll, describe, expect, test } from '@jest/globals'
import http from 'node:http'
import type { AddressInfo } from 'node:net'

import type { KlarkollSettings } from '../../plugins/klarkoll'

import { runPageChecks } from '../../plugins/klarkoll/pages/run'

import { doc, paragraph } from '../../seed/lexical'
import { analyzeUntilReady, createApiClient } from '../helpers/api'
import { fixClock } from '../helpers/clock'
import { startTestPayload, type TestPayload } from '../helpers/payload'
import { signIn, type SignedIn } from '../helpers/users'

/**
 * The outside review's findings (issue 15), one test each, named after the item. Each sends what
 * the reviewer sent, through the same route handlers the app serves.
 */
// Review dates, fix-by dates and the statement's status depend on the day: never the machine's.
fixClock('2026-12-01T10:00:00Z')

let t: TestPayload
let api: ReturnType<typeof createApiClient>
let admin: SignedIn
let editor: SignedIn

const publishPage = (title: string) =>
  t.payload.create({
    collection: 'pages',
    data: { _status: 'published', title },
    draft: false,
  } as never) as Promise<{ id: number }>

beforeAll(async () => {
  t = await startTestPayload({ env: { SITE_URL: 'https://www.exempelkommun.se' } })
  api = createApiClient(t.config)
  // The first account becomes an administrator; the editor must not be it.
  admin = await signIn(t.payload, 'administrator')
  editor = await signIn(t.payload, 'webbredaktor')
  await publishPage('Bygglov')
}, 120_000)
afterAll(async () => {
  await t?.stop()
})

describe('2. GraphQL: oversized and abusive documents are refused before validation', () => {
  const ids = (count: number) => `{ Pages(limit: 1) { docs { ${'id '.repeat(count)}} } }`

  test('150 KB of repeated fields is refused with a Swedish 413, anonymous and signed in', async () => {
    for (const token of [undefined, editor.token]) {
      const res = await api.graphql(ids(50_000), { token })
      expect(res.status).toBe(413)
      expect(res.body.errors[0].message).toMatch(/för stor/)
    }
  })

  test.each([
    ['repeated fields', ids(100), /fältet "id" flera gånger/],
    [
      'many tokens',
      `{ Pages(where: { or: [${'{ id: { equals: 1 } } '.repeat(500)}] }) { docs { id } } }`,
      /för många delar/,
    ],
    [
      'aliases',
      `{ ${Array.from({ length: 30 }, (_, i) => `p${i}: Pages(limit: 1) { docs { id } }`).join(' ')} }`,
      /för många alias/,
    ],
    ['depth', `{ Pages { docs { ${'a { '.repeat(20)}id${' }'.repeat(20)} } } }`, /för djup/],
  ])('%s: a 400 with a Swedish message', async (_name, query, message) => {
    const res = await api.graphql(query)
    expect(res.status).toBe(400)
    expect(res.body.errors[0].message).toMatch(message)
  })

  test('the public site’s queries still work', async () => {
    const res = await api.graphql(
      '{ Pages(limit: 2) { docs { id title slug } totalDocs } OpeningHours(limit: 1) { docs { id name } } }',
    )
    expect(res.status).toBe(200)
    expect(res.body.errors).toBeUndefined()
    expect(res.body.data.Pages.docs).toEqual([expect.objectContaining({ title: 'Bygglov' })])
  })
})

describe('7. Account enumeration by timing; passwords of at least 12 characters', () => {
  const cpuOf = async (login: () => Promise<unknown>) => {
    const before = process.cpuUsage()
    for (let i = 0; i < 3; i++) await login()
    const used = process.cpuUsage(before)
    return used.user + used.system
  }

  test('a login for an unknown e-mail costs the same password hash as a wrong password', async () => {
    const known = await signIn(t.payload, 'kommunikator')
    const login = (email: string) =>
      api.post('/users/login', { body: { email, password: 'Fel-lösenord-123' } })
    expect((await login('ingen-alls@exempelkommun.se')).status).toBe(401)
    // CPU time, not wall-clock time: Payload's hash is 600,000 rounds of PBKDF2, which dwarfs
    // the database work, so without the dummy hash the unknown address used a tenth as much.
    const unknown = await cpuOf(() => login('ingen-alls@exempelkommun.se'))
    const wrong = await cpuOf(() => login(known.user.email as string))
    expect(unknown / wrong).toBeGreaterThan(0.5)
  })

  test('a password under 12 characters is refused in Swedish, on create, update and reset', async () => {
    const short = await api.post('/users', {
      body: { email: 'kort@exempelkommun.se', name: 'Kort', password: 'Kort-lösen1' },
      token: admin.token,
    })
    expect(short.status).toBe(400)
    expect(short.body.errors[0].data.errors[0]).toMatchObject({
      message: 'Lösenordet måste vara minst 12 tecken långt.',
      path: 'password',
    })
    expect(
      await t.payload.count({
        collection: 'users',
        where: { email: { equals: 'kort@exempelkommun.se' } },
      }),
    ).toEqual(expect.objectContaining({ totalDocs: 0 }))
    const long = await api.post('/users', {
      body: { email: 'lang@exempelkommun.se', name: 'Lång', password: 'Långt-lösen1' },
      token: admin.token,
    })
    expect(long.status).toBe(201)
    const update = await api.patch(`/users/${long.body.doc.id}`, {
      body: { password: 'kort' },
      token: admin.token,
    })
    expect(update.status).toBe(400)
    expect(update.body.errors[0].data.errors[0].message).toMatch(/minst 12 tecken/)
    const token = await t.payload.forgotPassword({
      collection: 'users',
      data: { email: 'lang@exempelkommun.se' },
      disableEmail: true,
    })
    const reset = await api.post('/users/reset-password', { body: { password: 'kort', token } })
    expect(reset.status).toBe(400)
    expect(reset.body.errors[0].data.errors[0].message).toMatch(/minst 12 tecken/)
  })
})

describe('8. Staff e-mail addresses: names for everyone, e-mail for administrators', () => {
  test('review logs through /api/klarkoll/review and /api/klarkoll-reviews', async () => {
    const page = await publishPage('Granskad sida')
    const reviewed = await api.post('/klarkoll/review', {
      body: { collection: 'pages', id: page.id },
      token: editor.token,
    })
    expect(reviewed.status).toBe(200)
    const communicator = await signIn(t.payload, 'kommunikator')
    const colleague = await signIn(t.payload, 'webbredaktor')
    for (const reader of [colleague, communicator]) {
      const log = await api.get(`/klarkoll/review?collection=pages&id=${page.id}`, {
        token: reader.token,
      })
      expect(log.body.log).toEqual([expect.objectContaining({ byName: 'webbredaktor' })])
      expect(JSON.stringify(log.body)).not.toContain(editor.user.email as string)
      const rest = await api.get('/klarkoll-reviews?depth=1', { token: reader.token })
      expect(rest.status).toBe(200)
      expect(rest.body.docs.length).toBeGreaterThan(0)
      expect(JSON.stringify(rest.body)).not.toContain(editor.user.email as string)
    }
    const forAdmin = await api.get(`/klarkoll/review?collection=pages&id=${page.id}`, {
      token: admin.token,
    })
    expect(forAdmin.body.log[0]).toMatchObject({
      byEmail: editor.user.email,
      byName: 'webbredaktor',
    })
  })
})

describe('4. The publish gate cannot be bypassed through the locale', () => {
  const hard =
    'Den sökande äger rätt att erhålla besked om huruvida bygglov erfordras för den planerade åtgärden, varvid det åligger den sökande att tillse att samtliga erforderliga handlingar inkommer till byggnadsnämnden i god tid innan åtgärden påbörjas, då handläggningen annars icke kan påbörjas. Ansökningshandlingarna ska i förekommande fall kompletteras med konstruktionsritningar, situationsplan och nybyggnadskarta, varefter byggnadsnämndens handläggare genomför en fullständighetsprövning av ärendet i enlighet med gällande bestämmelser i plan- och bygglagen.'

  test('a Swedish draft with a high LIX is not published by a PATCH with ?locale=en', async () => {
    const created = await api.post('/pages', {
      body: {
        _status: 'published',
        body: doc(paragraph('Du kan söka bygglov hos oss. Vi svarar inom fyra veckor.')),
        ingress: 'Så söker du bygglov.',
        title: 'Söka bygglov',
      },
      token: editor.token,
    })
    expect(created.status).toBe(201)
    const id = created.body.doc.id
    const draft = await api.patch(`/pages/${id}?draft=true`, {
      body: { _status: 'draft', body: doc(paragraph(hard)) },
      token: editor.token,
    })
    expect(draft.status).toBe(200)
    const published = await api.patch(`/pages/${id}?locale=en`, {
      body: { _status: 'published', title: 'Building permits' },
      token: editor.token,
    })
    expect(published.status).toBe(400)
    expect(published.body.errors[0].data.errors[0].message).toMatch(/^Svenska: Texten har LIX \d+/)
    const visitor = await api.get(`/pages/${id}?locale=sv`)
    expect(JSON.stringify(visitor.body.body)).not.toContain('Den sökande äger rätt')
    // The English text alone, with the Swedish draft fixed, goes out.
    await api.patch(`/pages/${id}?draft=true`, {
      body: { _status: 'draft', body: doc(paragraph('Du kan söka bygglov hos oss.')) },
      token: editor.token,
    })
    const again = await api.patch(`/pages/${id}?locale=en`, {
      body: { _status: 'published', title: 'Building permits' },
      token: editor.token,
    })
    expect(again.status).toBe(200)
  })
})

describe('5. Approved accessibility issues change only through approvers', () => {
  test('a web editor cannot set an approved issue to "åtgärdad"; the statement stays as approved', async () => {
    const communicator = await signIn(t.payload, 'kommunikator')
    const approved = await api.post('/accessibility-issues', {
      body: {
        description: 'Kartan går inte att använda med tangentbord.',
        fixBy: '2027-06-30',
        review: 'godkand',
        status: 'planerad',
        summary: 'Kartan saknar tangentbordsstöd',
        wcag: '2.1.1',
      },
      token: communicator.token,
    })
    expect(approved.status).toBe(201)
    const written = await api.post('/globals/accessibility-statement', {
      body: {
        assessment: { assessedAt: '2026-10-01', method: 'sjalvskattning' },
        feedback: { email: 'tillganglighet@exempelkommun.se', phone: '08-123 456 00' },
        organisation: 'Exempelkommun',
        preparedAt: '2026-10-01',
        reviewedAt: '2026-10-01',
        websites: [{ name: 'Exempelkommun.se', url: 'https://www.exempelkommun.se' }],
      },
      token: communicator.token,
    })
    expect(written.status).toBe(200)
    const before = await api.get('/accessibility-statement')
    expect(before.body.complianceStatus).toBe('delvis')

    const byEditor = await api.patch(`/accessibility-issues/${approved.body.doc.id}`, {
      body: { status: 'atgardad' },
      token: editor.token,
    })
    expect(byEditor.status).toBe(403)
    expect((await api.get('/accessibility-statement')).body.complianceStatus).toBe('delvis')

    // A proposal is still the editors' to work on.
    const proposal = await api.post('/accessibility-issues', {
      body: { description: 'Knappen saknar namn.', summary: 'Knapp utan namn' },
      token: editor.token,
    })
    expect(proposal.status).toBe(201)
    const edited = await api.patch(`/accessibility-issues/${proposal.body.doc.id}`, {
      body: { status: 'atgardad' },
      token: editor.token,
    })
    expect(edited.status).toBe(200)

    const byApprover = await api.patch(`/accessibility-issues/${approved.body.doc.id}`, {
      body: { status: 'atgardad' },
      token: communicator.token,
    })
    expect(byApprover.status).toBe(200)
    expect((await api.get('/accessibility-statement')).body.complianceStatus).toBe('helt')
  })
})

describe('1. SSRF through the rendered-page check', () => {
  // The public site and a service on the same machine that must stay out of reach.
  let site: http.Server
  let internal: http.Server
  let siteUrl: string
  let internalUrl: string
  const internalHits: string[] = []
  const secret = 'HEMLIG-INTERN-DATA'
  let previousSiteUrl: string

  const listen = async (server: http.Server) => {
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve))
    return `http://127.0.0.1:${(server.address() as AddressInfo).port}`
  }

  beforeAll(async () => {
    internal = http.createServer((req, res) => {
      internalHits.push(req.url ?? '')
      res.writeHead(200, { 'Content-Type': 'text/html' }).end(`<p id="x">${secret}</p>`)
    })
    internalUrl = await listen(internal)
    const pages: Record<string, () => [number, Record<string, string>, string]> = {
      '/omdirigering': () => [302, { Location: `${internalUrl}/hemligt` }, ''],
      '/uppdatera': () => [
        200,
        { 'Content-Type': 'text/html' },
        `<!doctype html><html lang="sv"><head><title>U</title><meta http-equiv="refresh" content="0;url=${internalUrl}/uppdaterad"></head><body><main><h1>U</h1></main></body></html>`,
      ],
      '/resurser': () => [
        200,
        { 'Content-Type': 'text/html' },
        `<!doctype html><html lang="sv"><head><title>R</title><link rel="stylesheet" href="${internalUrl}/stil.css"><script src="${internalUrl}/skript.js"></script></head><body><main><h1>R</h1><img src="${internalUrl}/bild.png"><iframe src="${internalUrl}/ram"></iframe><iframe src="http://[::7f00:1]:${new URL(internalUrl).port}/ram6"></iframe><script>fetch('${internalUrl}/hamta').catch(() => {})</script></main></body></html>`,
      ],
    }
    site = http.createServer((req, res) => {
      const page = pages[req.url ?? '']
      if (!page) return res.writeHead(404).end('Finns inte')
      const [status, headers, body] = page()
      res.writeHead(status, headers).end(body)
    })
    siteUrl = await listen(site)
    const settings = t.payload.config.custom.klarkoll as KlarkollSettings
    previousSiteUrl = settings.siteUrl!
    settings.siteUrl = siteUrl
  })
  afterAll(async () => {
    ;(t.payload.config.custom.klarkoll as KlarkollSettings).siteUrl = previousSiteUrl
    site?.close()
    internal?.close()
  })

  const publishedWithSlug = async (slug: string) => {
    const created = await api.post('/pages', {
      body: { _status: 'published', ingress: 'Så gör du.', title: `Sida ${slug}` },
      token: editor.token,
    })
    expect(created.status).toBe(201)
    const updated = await api.patch(`/pages/${created.body.doc.id}`, {
      body: { _status: 'published', generateSlug: false, slug },
      token: editor.token,
    })
    expect(updated.status).toBe(200)
    return updated.body.doc as { id: number; slug: string }
  }

  test('a slug set on update is normalised, draft and publish alike: no address outside the site', async () => {
    const port = new URL(internalUrl).port
    const page = await publishedWithSlug(`/127.0.0.1:${port}/x`)
    expect(page.slug).toBe(`127-0-0-1-${port}-x`)
    const draft = await api.patch(`/pages/${page.id}?draft=true`, {
      body: { slug: '//evil.example/x' },
      token: editor.token,
    })
    expect(draft.status).toBe(200)
    expect(draft.body.doc.slug).toBe('evil-example-x')
    await runPageChecks(t.payload, { collection: 'pages', id: page.id })
    expect(internalHits).toEqual([])
  })

  test('redirects, refreshes, frames and sub-resources to internal addresses are refused', async () => {
    for (const slug of ['omdirigering', 'uppdatera', 'resurser']) {
      const page = await publishedWithSlug(slug)
      const summary = await runPageChecks(t.payload, { collection: 'pages', id: page.id })
      expect(summary.pages).toHaveLength(1)
      const stored = await t.payload.findByID({ collection: 'pages', id: page.id })
      expect(JSON.stringify(stored.klarkoll)).not.toContain(secret)
    }
    expect(internalHits).toEqual([])
    const { docs } = await t.payload.find({ collection: 'accessibility-issues', pagination: false })
    expect(JSON.stringify(docs)).not.toContain(secret)
  })

  test('the job queue is run over HTTP by administrators only', async () => {
    const byEditor = await api.get('/payload-jobs/run?queue=klarkoll&limit=1', {
      token: editor.token,
    })
    expect(byEditor.status).toBe(401)
    const byAdmin = await api.get('/payload-jobs/run?queue=nothing-here&limit=1', {
      token: admin.token,
    })
    expect(byAdmin.status).toBe(200)
  })
})

describe('6. Stored HTML injection through the Lexical→HTML conversion', () => {
  const body = (node: Record<string, unknown>) => ({
    root: {
      children: [node],
      direction: null,
      format: '',
      indent: 0,
      type: 'root',
      version: 1,
    },
  })
  const text = {
    detail: 0,
    format: 0,
    mode: 'normal',
    style: '',
    text: 'Cell',
    type: 'text',
    version: 1,
  }

  test.each([
    [
      'a table cell whose headerState is markup',
      body({
        children: [
          {
            children: [
              {
                children: [{ children: [text], type: 'paragraph', version: 1 }],
                headerState: '1"><meta http-equiv="refresh" content="0;url=https://ond.example">',
                type: 'tablecell',
                version: 1,
              },
            ],
            type: 'tablerow',
            version: 1,
          },
        ],
        type: 'table',
        version: 1,
      }),
      /rubrikläge/,
    ],
    [
      'an upload whose URL is javascript:',
      body({
        relationTo: 'media',
        type: 'upload',
        value: { id: 1, url: 'javascript:alert(1)' },
        version: 3,
      }),
      /adress som inte är tillåten/,
    ],
    [
      'a link to javascript:',
      body({
        children: [
          {
            children: [text],
            fields: { linkType: 'custom', url: ' java\tscript:alert(1)' },
            type: 'link',
            version: 3,
          },
        ],
        type: 'paragraph',
        version: 1,
      }),
      /länk har en adress/,
    ],
  ])('%s is refused on write with a Swedish 400, drafts too', async (_name, value, message) => {
    for (const draft of [false, true]) {
      const res = await api.post(`/pages${draft ? '?draft=true' : ''}`, {
        body: { body: value, ingress: 'Ingress.', title: 'Injektion' },
        token: editor.token,
      })
      expect(res.status).toBe(400)
      expect(JSON.stringify(res.body.errors)).toMatch(message)
    }
  })
})

describe('9. Anonymous requests that gave a 500', () => {
  test('a where clause through a relationship inside an array: a Swedish 400', async () => {
    const res = await api.get('/contact-details?where[channels.openingHours.name][like]=x')
    expect(res.status).toBe(400)
    expect(res.body.errors[0].message).toMatch(/[åäö]|fält|sök/i)
  })

  test('an opening-hours status at a date outside any calendar: a Swedish 400', async () => {
    const hours = await t.payload.create({
      collection: 'opening-hours',
      data: { name: 'Kontaktcenter' } as never,
      draft: true,
    } as never)
    const res = await api.get(
      `/opening-hours/${(hours as { id: number }).id}/status?at=%2B275760-09-13T00:00:00Z`,
    )
    expect(res.status).toBe(400)
    expect(res.body.errors[0].message).toMatch(/tidpunkt|datum/i)
  })

  test('an unknown field holding 100,000 nested arrays: a Swedish 400', async () => {
    const deep = `${'['.repeat(100_000)}${']'.repeat(100_000)}`
    const res = await api.post('/pages', {
      body: `{"title":"Djup","okant":${deep}}`,
      token: editor.token,
    })
    expect(res.status).toBe(400)
    expect(JSON.stringify(res.body)).toMatch(/nivåer|djup/i)
    const anonymous = await api.post('/pages', { body: `{"okant":${deep}}` })
    expect(anonymous.status).toBeGreaterThanOrEqual(400)
    expect(anonymous.status).toBeLessThan(500)
  })

  test('GraphQL { Access { canAccessAdmin } } for a visitor: a Swedish 400, not a 500', async () => {
    const res = await api.graphql('{ Access { canAccessAdmin } }')
    expect(res.status).toBeLessThan(500)
    expect(JSON.stringify(res.body)).not.toMatch(/"statusCode":5\d\d|Something went wrong/)
    expect(res.body.errors[0]).toMatchObject({
      extensions: { statusCode: 400 },
      message: 'Logga in för att fråga efter behörigheter (Access).',
    })
    const signedIn = await api.graphql('{ Access { canAccessAdmin } }', { token: editor.token })
    expect(signedIn.body.data.Access.canAccessAdmin).toBe(true)
  })
})

describe('3. Accessibility analysis within budgets', () => {
  const analyzeAs = (body: unknown) => api.post('/klarkoll/analyze', { body, token: editor.token })

  test('HTML over 200 kB is refused with a Swedish 413 before any parsing', async () => {
    const res = await analyzeAs({ html: `<p>${'Text. '.repeat(40_000)}</p>` })
    expect(res.status).toBe(413)
    expect(res.body.errors[0].message).toMatch(/för stor för tillgänglighetskontrollen/)
  })

  test('1 MB of "t.ex. " is a 413; 200,000 characters give at most 200 findings per rule', async () => {
    const huge = await analyzeAs({ text: 't.ex. '.repeat(166_000) })
    expect(huge.status).toBe(413)
    expect(huge.body.errors[0].message).toMatch(/högst 200 000 tecken/)
    const res = await analyzeAs({ text: 't.ex. '.repeat(33_333) })
    expect(res.status).toBe(200)
    const perRule = new Map<string, number>()
    for (const f of res.body.findings) perRule.set(f.ruleId, (perRule.get(f.ruleId) ?? 0) + 1)
    expect(Math.max(...perRule.values())).toBeLessThanOrEqual(201)
    expect(res.body.findings).toContainEqual(
      expect.objectContaining({
        message: expect.stringMatching(/^… och [\d\s ]+ till av samma slag/),
      }),
    )
    const total = Object.values(res.body.counts as Record<string, number>).reduce((a, b) => a + b)
    expect(total).toBeGreaterThan(res.body.findings.length)
  }, 60_000)

  test('a Lexical body with links nested 5,000 deep: a Swedish 400, not a 500', async () => {
    // Written as text: JSON.stringify itself recurses.
    const links = `${'{"type":"link","children":['.repeat(5000)}{"type":"text","text":"djupt"}${']}'.repeat(5000)}`
    const res = await analyzeAs(
      `{"lexical":{"root":{"type":"root","children":[{"type":"paragraph","children":[${links}]}]}}}`,
    )
    expect(res.status).toBe(400)
    expect(res.body.errors[0].message).toMatch(/nästlat i mer än 100 nivåer/)
  })

  test('a report not ready within the deadline is a 202 with Retry-After; asked again, it comes', async () => {
    const section = (i: number) =>
      `<h2>Avgift ${i}</h2><p>Läs om <a href="/avgifter/${i}">avgiften för plats ${i}</a> och <img src="/karta-${i}.png">.</p>`
    const body = { html: Array.from({ length: 250 }, (_, i) => section(i)).join('') }
    let res = await analyzeAs(body)
    for (let asked = 1; res.status === 202 && asked < 30; asked++) {
      expect(res.headers.get('Retry-After')).toBe('3')
      expect(res.body.message).toMatch(/fortsätter. Skicka samma förfrågan igen/)
      await new Promise((resolve) => setTimeout(resolve, 1000))
      res = await analyzeAs(body)
    }
    expect(res.status).toBe(200)
    const ruleIds = res.body.findings.map((f: { ruleId: string }) => f.ruleId)
    expect(ruleIds).toContain('a11y/image-alt')
    expect(ruleIds).not.toContain('a11y/unavailable')
  }, 60_000)

  test('<video autoplay> and <audio autoplay> are checked, with axe’s media preload off', async () => {
    const res = await analyzeUntilReady(
      api,
      {
        html: '<h2>Film</h2><video autoplay src="film.mp4"></video><audio autoplay src="ljud.mp3"></audio>',
      },
      editor.token,
    )
    expect(res.status).toBe(200)
    expect(res.body.findings.map((f: { ruleId: string }) => f.ruleId)).not.toContain(
      'a11y/unavailable',
    )
  })
})
