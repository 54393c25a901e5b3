import { afterAll, beforeAll, expect, test } from '@jest/globals'

import { runAudit } from '../../plugins/klarkoll/audit/runAudit'
import { doc, paragraph } from '../../seed/lexical'
import { analyzeUntilReady, createApiClient } from '../helpers/api'
import { fixClock } from '../helpers/clock'
import { startTestPayload, type TestPayload } from '../helpers/payload'
import { type SignedIn, signIn } from '../helpers/users'

// Issue 16.4: one check pipeline. The gate, the panel's check endpoint, the audit and the analyze
// endpoint used to assemble their checks by hand and disagreed (the audit dropped staleness and
// links, and overwrote the stored report without them).

type Finding = { area: string; message: string; path: string; ruleId: string; severity: string }

let t: TestPayload
let api: ReturnType<typeof createApiClient>
let editor: SignedIn

fixClock('2026-12-01T10:00:00+01:00')

const text =
  'Den sökande äger rätt att erhålla besked. Ansökan ska inkomma senast den första i månaden. Vi svarar inom två veckor.'
const body = doc(paragraph(text))

const findingsOf = (stored: { klarkoll?: unknown }) =>
  (stored.klarkoll as { report: { findings: Finding[] } }).report.findings

const keys = (findings: Finding[], areas?: string[]) =>
  findings
    .filter((f) => !areas || areas.includes(f.area))
    .map((f) => [f.area, f.ruleId, f.path, f.severity, f.message].join(' | '))
    .sort()

beforeAll(async () => {
  t = await startTestPayload()
  api = createApiClient(t.config)
  await signIn(t.payload, 'administrator')
  editor = await signIn(t.payload, 'webbredaktor')
})
afterAll(async () => {
  await t?.stop()
})

test('gate, panel, audit and analyze give the same findings for the same document', async () => {
  // Saved without an owner (Local API, no user): a staleness finding the audit used to drop.
  const page = await t.payload.create({
    collection: 'pages',
    data: {
      _status: 'published',
      body,
      ingress: 'Om ansökan.',
      title: 'Ansökan om bygglov',
    } as never,
  })
  const gate = findingsOf(page)
  expect(new Set(gate.map((f) => f.area))).toEqual(new Set(['klarsprak', 'staleness']))

  const panel = await api.post('/klarkoll/check', {
    body: { collection: 'pages', data: {}, id: page.id },
    token: editor.token,
  })
  expect(panel.status).toBe(200)
  expect(keys(panel.body.findings)).toEqual(keys(gate))

  await runAudit(t.payload, { workers: 1 })
  const audited = await t.payload.findByID({ collection: 'pages', depth: 0, id: page.id })
  expect(keys(findingsOf(audited))).toEqual(keys(gate))

  // The analyze endpoint has no document: klarspråk and accessibility of the same text.
  const analyzed = await analyzeUntilReady(api, { lexical: body }, editor.token)
  expect(analyzed.status).toBe(200)
  expect(keys(analyzed.body.findings).map((k) => k.replace(/ \| lexical\b/, ' | body'))).toEqual(
    keys(gate, ['klarsprak', 'a11y']).filter(
      (k) => !k.includes('| title |') && !k.includes('| ingress |'),
    ),
  )
}, 120_000)

test('a contact-details draft: the panel and the audit agree, policy findings included', async () => {
  const details = await t.payload.create({
    collection: 'contact-details',
    data: {
      channels: [{ address: 'info@exempelkommun.se', blockType: 'email' }],
      name: 'Bygglovsenheten',
    } as never,
  })
  const panel = await api.post('/klarkoll/check', {
    body: { collection: 'contact-details', data: {}, id: details.id },
    token: editor.token,
  })
  expect(panel.status).toBe(200)
  const findings = panel.body.findings as Finding[]
  expect(findings.filter((f) => f.area === 'policy').map((f) => f.ruleId)).toEqual(
    expect.arrayContaining(['policy/min-channels', 'policy/response-time']),
  )
  await runAudit(t.payload, { workers: 1 })
  const audited = await t.payload.findByID({
    collection: 'contact-details',
    depth: 0,
    id: details.id,
  })
  expect(keys(findingsOf(audited))).toEqual(keys(findings))
}, 120_000)
