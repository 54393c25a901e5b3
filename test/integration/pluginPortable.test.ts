/**
 * klarkoll added to a small Payload project of someone else's: one collection of its own, no
 * drafts, no roles, its own hooks and endpoints. The plugin must add its gate without taking
 * anything away.
 */
import { afterAll, beforeAll, expect, test } from '@jest/globals'
import { sqliteAdapter } from '@payloadcms/db-sqlite'
import { lexicalEditor } from '@payloadcms/richtext-lexical'
import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import {
  buildConfig,
  type CollectionSlug,
  getPayload,
  type Payload,
  ValidationError,
} from 'payload'

import { defineRule, definePolicyRule, klarkoll, runAudit } from '../../plugins/klarkoll'
import { doc, paragraph } from '../../seed/lexical'
import { closeConnections } from '../helpers/payload'

// The host's own rules, through the public rule API: one on the text, one on the data.
const municipalityName = defineRule({
  area: 'klarsprak',
  check: ({ blocks }) =>
    blocks.flatMap(({ block }) => {
      const at = block.text.indexOf('Exempel kommun')
      return at < 0
        ? []
        : [
            {
              data: { written: 'Exempel kommun' },
              messageId: 'spelling',
              path: block.path,
              range: { end: at + 14, start: at },
            },
          ]
    }),
  defaultOptions: {},
  defaultSeverity: 'error',
  id: 'klarsprak/municipality-name',
  messages: { spelling: 'Skriv "Exempelkommun", inte "{written}".' },
  meta: { help: '', source: 'Värdens skrivregler', title: 'Kommunens namn', titleEn: 'Name' },
})
const hasSources = definePolicyRule({
  area: 'policy',
  check: ({ doc }) =>
    Array.isArray(doc.sources) && doc.sources.length > 0
      ? []
      : [{ message: 'Ange minst en källa.', path: 'sources' }],
  defaultOptions: { collection: 'articles' },
  defaultSeverity: 'warning',
  id: 'policy/has-sources',
  meta: { help: '', source: 'Värdens redaktionella policy', title: 'Källa', titleEn: 'Source' },
})

const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'klarkoll-portable-'))
let payload: Payload
let hostHookRuns = 0

const hostConfig = () =>
  buildConfig({
    collections: [
      {
        slug: 'articles',
        admin: { useAsTitle: 'headline' },
        endpoints: [{ handler: () => Response.json({ ok: true }), method: 'get', path: '/ping' }],
        fields: [
          { name: 'headline', type: 'text', required: true },
          { name: 'summary', type: 'textarea' },
          { name: 'content', type: 'richText' },
          { name: 'sources', type: 'array', fields: [{ name: 'note', type: 'text' }] },
        ],
        hooks: {
          beforeChange: [
            ({ data }) => {
              hostHookRuns++
              return data
            },
          ],
        },
      },
      { slug: 'notes', fields: [{ name: 'text', type: 'textarea' }] },
    ],
    db: sqliteAdapter({ client: { url: `file:${dir}/host.db` }, push: true }),
    editor: lexicalEditor(),
    endpoints: [{ handler: () => Response.json({ host: true }), method: 'get', path: '/host' }],
    plugins: [
      klarkoll({
        collections: ['articles' as CollectionSlug],
        customRules: [municipalityName, hasSources],
        // The host's own name for the override log, as form-builder's formOverrides allow.
        overrides: { overrides: { admin: { group: 'Logg' }, slug: 'publiceringsundantag' } },
        preset: 'helsingborg',
      }),
    ],
    secret: 'a-secret-for-this-test-only',
    telemetry: false,
  })

const hard =
  'Förvaltningsorganisationens verksamhetsutvecklingsprocesser kännetecknas av komplexitet, varför implementeringen av kvalitetssäkringsmekanismer förutsätter kontinuerlig uppföljning, systematisk dokumentation och tvärsektoriell samordning mellan samtliga berörda organisatoriska enheter inom koncernen, vilket sammantaget medför betydande administrativa konsekvenser.'
const plain =
  'Vi har öppet varje vardag. Du kan ringa oss eller skicka e-post. Vi svarar inom två dagar. Du kan också komma hit. Vi hjälper dig gärna med dina frågor. Ta med legitimation när du kommer.'

beforeAll(async () => {
  payload = await getPayload({ config: await hostConfig() })
})
afterAll(async () => {
  await payload?.destroy()
  await closeConnections(payload)
  fs.rmSync(dir, { force: true, recursive: true })
})

test('the host config keeps its own hooks, endpoints and collections', () => {
  const articles = payload.config.collections.find((c) => (c.slug as string) === 'articles')!
  expect(articles.endpoints && articles.endpoints.map((e) => e.path)).toContain('/ping')
  expect(payload.config.endpoints.map((e) => e.path)).toEqual(
    expect.arrayContaining(['/host', '/klarkoll/analyze']),
  )
  const notes = payload.config.collections.find((c) => (c.slug as string) === 'notes')!
  expect(notes.fields.some((f) => 'name' in f && f.name === 'klarkoll')).toBe(false)
  const log = payload.config.collections.find((c) => (c.slug as string) === 'publiceringsundantag')
  expect(log?.admin.group).toBe('Logg')
  expect(payload.config.collections.map((c) => c.slug)).not.toContain('klarkoll-overrides')
})

test('without drafts every save is checked: hard text is refused on its field', async () => {
  const before = hostHookRuns
  const attempt = payload.create({
    collection: 'articles' as never,
    data: { content: doc(paragraph(hard)), headline: 'Om verksamheten' } as never,
  })
  await expect(attempt).rejects.toBeInstanceOf(ValidationError)
  await expect(attempt).rejects.toMatchObject({
    data: { errors: [expect.objectContaining({ path: 'content' })] },
  })
  expect(hostHookRuns).toBe(before + 1)
  expect((await payload.count({ collection: 'articles' as never })).totalDocs).toBe(0)
})

test('plain text is saved with its report; every text field is read, arrays included', async () => {
  const created = (await payload.create({
    collection: 'articles' as never,
    data: {
      content: doc(paragraph(plain)),
      headline: 'Så når du oss',
      sources: [{ note: 'Vi kommer att erhålla nya siffror i vår.' }],
      summary: 'Här står hur du når oss.',
    } as never,
  })) as unknown as {
    klarkoll: { report: { findings: Array<{ field: string; ruleId: string }> }; status: string }
  }
  expect(created.klarkoll.status).toBe('warnings')
  expect(created.klarkoll.report.findings).toEqual(
    expect.arrayContaining([
      expect.objectContaining({ field: 'sources.0.note', ruleId: 'klarsprak/krangelord' }),
    ]),
  )
})

test('with no roles in the project, a signed-in user may publish despite errors, giving a reason', async () => {
  const user = await payload.create({
    collection: 'users' as never,
    data: { email: 'redaktor@exempel.se', password: 'Ett-långt-lösenord-1' } as never,
  })
  const asUser = { ...(user as object), collection: 'users' } as never
  const refused = payload.create({
    collection: 'articles' as never,
    data: { content: doc(paragraph(hard)), headline: 'Om verksamheten' } as never,
    user: asUser,
  })
  await expect(refused).rejects.toMatchObject({
    data: { errors: expect.arrayContaining([expect.objectContaining({ path: 'content' })]) },
  })
  const overridden = (await payload.create({
    collection: 'articles' as never,
    data: {
      content: doc(paragraph(hard)),
      headline: 'Om verksamheten',
      klarkoll: { overrideReason: 'Det här är ett citat ur en rapport.' },
    } as never,
    user: asUser,
  })) as unknown as { klarkoll: { status: string } }
  expect(overridden.klarkoll.status).toBe('overridden')
  const log = await payload.find({ collection: 'publiceringsundantag' as never })
  expect(log.docs).toEqual([
    expect.objectContaining({ reason: 'Det här är ett citat ur en rapport.' }),
  ])
})

test("the host's own rules judge like the plugin's: the gate, the stored report and the audit", async () => {
  const refused = payload.create({
    collection: 'articles' as never,
    data: {
      content: doc(paragraph(`${plain} Välkommen till Exempel kommun.`)),
      headline: 'Hej',
    } as never,
  })
  await expect(refused).rejects.toMatchObject({
    data: {
      errors: [
        expect.objectContaining({
          message: expect.stringContaining('Skriv "Exempelkommun", inte "Exempel kommun".'),
          path: 'content',
        }),
      ],
    },
  })
  const saved = (await payload.create({
    collection: 'articles' as never,
    data: { content: doc(paragraph(plain)), headline: 'Källor saknas' } as never,
  })) as unknown as { id: number; klarkoll: { report: { findings: Array<{ ruleId: string }> } } }
  expect(saved.klarkoll.report.findings.map((f) => f.ruleId)).toContain('policy/has-sources')

  // The audit's workers run the plugin's rules; the host's klarspråk rule must not be lost there.
  await payload.db.updateOne({
    collection: 'articles' as never,
    data: { content: doc(paragraph(`${plain} Exempel kommun hälsar.`)) },
    id: saved.id,
  })
  await runAudit(payload, { a11y: false, workers: 1 })
  const audited = (await payload.findByID({
    collection: 'articles' as never,
    id: saved.id,
  })) as unknown as {
    klarkoll: { report: { findings: Array<{ message: string; ruleId: string }> } }
  }
  expect(audited.klarkoll.report.findings).toEqual(
    expect.arrayContaining([
      expect.objectContaining({
        message: 'Skriv "Exempelkommun", inte "Exempel kommun".',
        ruleId: 'klarsprak/municipality-name',
      }),
      expect.objectContaining({ ruleId: 'policy/has-sources' }),
    ]),
  )
})

test('an unknown collection in the options stops the config with a Swedish message', () => {
  expect(() =>
    klarkoll({ collections: ['nyheter' as never] })({ collections: [], secret: 'x' } as never),
  ).toThrow(/^klarkoll: samlingen "nyheter" finns inte i konfigurationen/)
})
