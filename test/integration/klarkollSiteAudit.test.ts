import { afterAll, beforeAll, expect, test } from '@jest/globals'

import { doc, paragraph } from '../../seed/lexical'
import { createApiClient } from '../helpers/api'
import { startTestPayload, type TestPayload } from '../helpers/payload'
import { type SignedIn, signIn } from '../helpers/users'

let t: TestPayload
let api: ReturnType<typeof createApiClient>
let editor: SignedIn
let communicator: SignedIn
let stored: number | string

type Run = { done: number; error?: string; requestedBy?: string; state: string; total: number }

beforeAll(async () => {
  t = await startTestPayload()
  api = createApiClient(t.config)
  // The first user of a database becomes its administrator.
  await signIn(t.payload, 'administrator')
  editor = await signIn(t.payload, 'webbredaktor')
  communicator = await signIn(t.payload, 'kommunikator')
  // Stored without the gate's hooks, as seeded content was before: never checked.
  const page = await t.payload.create({
    collection: 'pages',
    context: { seed: true },
    data: {
      _status: 'published',
      body: doc(paragraph('Du kan erhålla hjälp.')),
      title: 'Ogranskad',
    } as never,
  })
  stored = page.id
  await t.payload.db.updateOne({
    collection: 'pages',
    data: { klarkoll: { checkedAt: null, lix: null, report: null, status: null } },
    id: stored,
  })
})
afterAll(async () => {
  await t?.stop()
})

test('only communicators and administrators may start or follow the site audit', async () => {
  expect((await api.get('/klarkoll/site-audit')).status).toBe(401)
  expect((await api.post('/klarkoll/site-audit', { body: {} })).status).toBe(401)
  const refused = await api.post('/klarkoll/site-audit', { body: {}, token: editor.token })
  expect(refused.status).toBe(403)
  expect(JSON.stringify(refused.body)).toContain('Bara kommunikatörer och administratörer')
  expect((await api.get('/klarkoll-audit-runs', { token: editor.token })).status).toBe(403)
})

test('"Granska hela webbplatsen" queues the audit as a job whose progress reaches every document', async () => {
  const started = await api.post('/klarkoll/site-audit', { body: {}, token: communicator.token })
  expect(started.status).toBe(202)
  expect((started.body as { run: Run }).run).toMatchObject({ state: 'queued' })
  // A second press while it runs gets the same run, not a second audit.
  const again = await api.post('/klarkoll/site-audit', { body: {}, token: communicator.token })
  expect((again.body as { started: boolean }).started).toBe(false)

  let run: Run | null = null
  for (let i = 0; i < 240 && run?.state !== 'done' && run?.state !== 'failed'; i++) {
    await new Promise((resolve) => setTimeout(resolve, 250))
    run = (
      (await api.get('/klarkoll/site-audit', { token: communicator.token })).body as {
        run: Run
      }
    ).run
  }
  const documents = (
    await Promise.all(
      ['pages', 'opening-hours', 'contact-details', 'e-services'].map((collection) =>
        t.payload.count({ collection: collection as 'pages' }),
      ),
    )
  ).reduce((sum, c) => sum + c.totalDocs, 0)
  expect(run).toMatchObject({ done: documents, state: 'done', total: documents })
  expect(run!.requestedBy).toBe(communicator.user.email)

  // The page that was never checked now has its report.
  const page = await t.payload.findByID({ collection: 'pages', id: stored })
  const klarkoll = page.klarkoll as {
    report?: { findings: Array<{ ruleId: string }> }
    status?: string
  }
  expect(klarkoll.status).toBe('warnings')
  expect(klarkoll.report?.findings.map((f) => f.ruleId)).toContain('klarsprak/krangelord')
})
