import { afterAll, beforeAll, describe, expect, test } from '@jest/globals'

import type { KlarkollSettings } from '../../plugins/klarkoll'

import { sendDigests } from '../../plugins/klarkoll/staleness/digest'
import { scanStaleness } from '../../plugins/klarkoll/staleness/scan'
import { bold, doc, heading, paragraph } from '../../seed/lexical'
import { createApiClient } from '../helpers/api'
import {
  type Api,
  finnishText as finnish,
  messagesOf,
  publishPage as publish,
  swedishText as swedish,
} from '../helpers/languageVersions'
import { startTestPayload, type TestPayload } from '../helpers/payload'
import { type SignedIn, signIn } from '../helpers/users'

const swedishLong = doc(
  paragraph(
    'Kommunen ansvarar för förskola, skola och äldreomsorg och sköter också vatten och avlopp, sophämtning och bygglov. Vi har bibliotek, idrottshallar och kulturskola för alla som bor i kommunen och för dem som besöker oss under sommaren.',
  ),
)

describe('language versions with the site default (versions marked as behind)', () => {
  let t: TestPayload
  let api: Api
  let editor: SignedIn
  let original: number
  let version: number

  beforeAll(async () => {
    t = await startTestPayload()
    api = createApiClient(t.config)
    await signIn(t.payload, 'administrator')
    editor = await signIn(t.payload, 'webbredaktor')
  })
  afterAll(async () => {
    await t?.stop()
  })

  test('a version is paired with its Swedish original; a version without one is refused in Swedish', async () => {
    const created = await publish(api, editor.token, {
      body: swedish,
      ingress: 'Här kan du läsa om vad kommunen gör.',
      languageVersion: { language: 'sv', topic: 'om-kommunen' },
      slug: 'om-kommunen',
      title: 'Om kommunen',
    })
    expect(created.status).toBe(201)
    original = created.body.doc.id

    const orphan = await publish(api, editor.token, {
      body: finnish,
      languageVersion: { language: 'fi' },
      slug: 'tietoa-kunnasta',
      title: 'Tietoa kunnasta',
    })
    expect(orphan.status).toBe(400)
    expect(messagesOf(orphan.body)).toContain('Välj originalet som den här versionen hör till.')

    const paired = await publish(api, editor.token, {
      body: finnish,
      ingress: 'Täältä voit lukea, mitä kunta tekee.',
      languageVersion: { language: 'fi', original },
      slug: 'tietoa-kunnasta',
      title: 'Tietoa kunnasta',
    })
    expect(paired.status).toBe(201)
    version = paired.body.doc.id
    // A visitor finds the family through the public API, as the public site's language menu does.
    const family = await api.get(
      `/pages?depth=0&where[languageVersion.original][equals]=${original}`,
    )
    expect(family.body.docs.map((d: { slug: string }) => d.slug)).toEqual(['tietoa-kunnasta'])
    // A version takes no topic of its own: coverage counts its original's.
    expect(paired.body.doc.languageVersion).toMatchObject({
      language: 'fi',
      original: { id: original },
      topic: null,
    })
  })

  test('a Finnish version gets no Swedish rule; a "Finnish" page in Swedish is refused', async () => {
    const stored = await t.payload.findByID({ collection: 'pages', id: version, depth: 0 })
    const findings = (stored.klarkoll?.report as { findings: Array<{ ruleId: string }> }).findings
    expect(
      findings.filter((f) => f.ruleId.startsWith('klarsprak/') && f.ruleId !== 'klarsprak/ingress'),
    ).toEqual([])

    const wrong = await publish(api, editor.token, {
      body: swedishLong,
      ingress: 'Här kan du läsa om vad kommunen gör för dig som bor här.',
      languageVersion: { language: 'fi', original },
      slug: 'fel-sprak',
      title: 'Om kommunen',
    })
    expect(wrong.status).toBe(400)
    expect(messagesOf(wrong.body)).toContain(
      'Sidan är angiven som finska, men texten ser ut att vara svenska.',
    )
  })

  test('a lättläst version is checked with the lättläst profile; the same text passes as an original', async () => {
    const text = {
      body: swedishLong,
      ingress: 'Här kan du läsa om vad kommunen gör.',
      title: 'Kommunens ansvar',
    }
    const asLattlast = await publish(api, editor.token, {
      ...text,
      languageVersion: { language: 'lattlast', original },
      slug: 'om-kommunen-lattlast',
    })
    expect(asLattlast.status).toBe(400)
    expect(messagesOf(asLattlast.body)).toMatch(/Meningen har \d+ ord/)
    const asOriginal = await publish(api, editor.token, { ...text, slug: 'kommunens-ansvar' })
    expect(asOriginal.status).toBe(201)
    // The panel's server check switches with the language chosen in the form, before any save.
    const checked = await api.post('/klarkoll/check', {
      body: { collection: 'pages', data: { ...text, languageVersion: { language: 'lattlast' } } },
      token: editor.token,
    })
    expect(checked.body.preset).toBe('lattlast')
    expect(checked.body.status).toBe('blocked')
  })

  test('a changed original marks its versions as behind in the panel, the scan and the digest; a review clears it', async () => {
    const before = await api.post('/klarkoll/check', {
      body: { collection: 'pages', data: {}, id: version },
      token: editor.token,
    })
    expect(before.body.findings.map((f: { ruleId: string }) => f.ruleId)).not.toContain(
      'stale/version-behind',
    )
    // Formatting alone is not a change of the text.
    const boldOnly = doc(
      paragraph(
        bold('Kommunen ansvarar för förskola, skola och äldreomsorg.'),
        ' Vi sköter också vatten och avlopp och sophämtning.',
      ),
    )
    expect(
      (
        await api.patch(`/pages/${original}`, {
          body: { body: boldOnly, _status: 'published' },
          token: editor.token,
        })
      ).status,
    ).toBe(200)
    const unchanged = await api.post('/klarkoll/check', {
      body: { collection: 'pages', data: {}, id: version },
      token: editor.token,
    })
    expect(unchanged.body.findings.map((f: { ruleId: string }) => f.ruleId)).not.toContain(
      'stale/version-behind',
    )

    const changed = await api.patch(`/pages/${original}`, {
      body: {
        _status: 'published',
        body: doc(
          heading('h2', 'Nytt'),
          paragraph('Kommunen har nu också en kulturskola för alla barn.'),
        ),
      },
      token: editor.token,
    })
    expect(changed.status).toBe(200)
    const after = await api.post('/klarkoll/check', {
      body: { collection: 'pages', data: {}, id: version },
      token: editor.token,
    })
    const behind = after.body.findings.find(
      (f: { ruleId: string }) => f.ruleId === 'stale/version-behind',
    )
    expect(behind?.message).toMatch(
      /^Den finska versionen granskades före senaste ändringen av originalet ”Om kommunen” \(\d{4}-\d{2}-\d{2}\)\.$/,
    )
    const settings = t.payload.config.custom.klarkoll as KlarkollSettings
    const scan = await scanStaleness(t.payload, settings, { apply: false, today: '2026-12-07' })
    expect(scan.items.filter((i) => i.kind === 'version-behind').map((i) => i.id)).toEqual([
      String(version),
    ])
    // The version's owner hears about it in the digest, under a heading of its own.
    const sent: Array<{ text: string; to: string }> = []
    const sendEmail = t.payload.sendEmail
    t.payload.sendEmail = (async (message: { text: string; to: string }) => {
      sent.push(message)
    }) as never
    try {
      await sendDigests(t.payload, scan.items, {
        adminUrl: 'http://localhost:3000/admin',
        escalateAfterDays: 30,
        remindEveryDays: 7,
        webTeam: [],
      })
    } finally {
      t.payload.sendEmail = sendEmail
    }
    const mail = sent.find((m) => m.to === editor.user.email)
    expect(mail?.text).toContain('Lättlästa och översatta versioner som inte följer originalet (1)')
    expect(mail?.text).toContain(
      '- Tietoa kunnasta: Den finska versionen granskades före senaste ändringen av originalet',
    )

    const reviewed = await api.post('/klarkoll/review', {
      body: { collection: 'pages', id: version, note: 'Stämmer fortfarande.' },
      token: editor.token,
    })
    expect(reviewed.status).toBe(200)
    const cleared = await api.post('/klarkoll/check', {
      body: { collection: 'pages', data: {}, id: version },
      token: editor.token,
    })
    expect(cleared.body.findings.map((f: { ruleId: string }) => f.ruleId)).not.toContain(
      'stale/version-behind',
    )
  })

  test('coverage names what the law and R12 ask for and is missing, with sources', async () => {
    const coverage = await api.get('/klarkoll/versions/coverage', { token: editor.token })
    expect(coverage.status).toBe(200)
    const ids = coverage.body.findings.map(
      (f: { ruleId: string; topic: string }) => `${f.ruleId}:${f.topic}`,
    )
    expect(ids).toEqual([
      'versions/lattlast-missing:om-kommunen',
      'versions/topic-missing:rattigheter',
      'versions/topic-missing:kontakta-oss',
      'versions/minority-rights-missing:minoritetsrattigheter',
    ])
    const missing = coverage.body.findings.find(
      (f: { ruleId: string }) => f.ruleId === 'versions/minority-rights-missing',
    )
    expect(missing.source).toBe('Lag (2009:724) om nationella minoriteter och minoritetsspråk, 3 §')

    const rights = await publish(api, editor.token, {
      body: doc(paragraph('Du har rätt att använda ditt minoritetsspråk i kontakt med kommunen.')),
      ingress: 'Här kan du läsa om dina rättigheter.',
      languageVersion: { language: 'sv', topic: 'minoritetsrattigheter' },
      slug: 'nationella-minoriteter',
      title: 'Nationella minoriteter',
    })
    expect(rights.status).toBe(201)
    const lattlast = await publish(api, editor.token, {
      body: doc(paragraph('Kommunen har skolor. Vi hjälper gamla. Vi hämtar dina sopor.')),
      ingress: 'Här kan du läsa vad vi gör.',
      languageVersion: { language: 'lattlast', original },
      slug: 'om-kommunen-latt',
      title: 'Om kommunen på lättläst',
    })
    expect(lattlast.status).toBe(201)
    const now = await api.get('/klarkoll/versions/coverage', { token: editor.token })
    expect(
      now.body.findings.map(
        (f: { ruleId: string; language?: string }) => `${f.ruleId}:${f.language ?? ''}`,
      ),
    ).toEqual([
      'versions/topic-missing:',
      'versions/topic-missing:',
      'versions/language-missing:fi',
    ])
    const fi = now.body.findings.at(-1)
    expect(fi.message).toBe(
      '”Nationella minoriteter” saknar en version på finska. Kommunen ingår i förvaltningsområdet för finska och ska informera på språket.',
    )
    expect(
      now.body.cells.find(
        (c: { language: string; topic: string }) =>
          c.topic === 'om-kommunen' && c.language === 'lattlast',
      ).versions,
    ).toEqual([{ collection: 'pages', id: lattlast.body.doc.id, title: 'Om kommunen på lättläst' }])
    expect((await api.get('/klarkoll/versions/coverage')).status).toBe(401)

    // One version per language: a second lättläst version of the same original is refused.
    const second = await publish(api, editor.token, {
      body: doc(paragraph('Kommunen har skolor. Vi hämtar sopor.')),
      ingress: 'Här kan du läsa vad vi gör.',
      languageVersion: { language: 'lattlast', original },
      slug: 'om-kommunen-latt-2',
      title: 'Om kommunen lätt',
    })
    expect(second.status).toBe(400)
    expect(messagesOf(second.body)).toContain(
      'Originalet har redan en version på lättläst svenska: ”Om kommunen på lättläst”.',
    )
    // A version being written after the original's last change is not behind it.
    const fresh = await api.post('/klarkoll/check', {
      body: { collection: 'pages', data: { languageVersion: { language: 'se', original } } },
      token: editor.token,
    })
    expect(fresh.body.findings.map((f: { ruleId: string }) => f.ruleId)).not.toContain(
      'stale/version-behind',
    )
  })
})
