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

import { klarkoll } from '../../plugins/klarkoll'
import { doc, paragraph } from '../../seed/lexical'
import { closeConnections } from '../helpers/payload'

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
    plugins: [klarkoll({ collections: ['articles' as CollectionSlug], preset: 'helsingborg' })],
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
  expect(payload.config.collections.map((c) => c.slug)).toContain('klarkoll-overrides')
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
  const log = await payload.find({ collection: 'klarkoll-overrides' as never })
  expect(log.docs).toEqual([
    expect.objectContaining({ reason: 'Det här är ett citat ur en rapport.' }),
  ])
})

test('an unknown collection in the options stops the config with a Swedish message', () => {
  expect(() =>
    klarkoll({ collections: ['nyheter' as never] })({ collections: [], secret: 'x' } as never),
  ).toThrow(/^klarkoll: samlingen "nyheter" finns inte i konfigurationen/)
})
