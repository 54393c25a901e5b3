import { afterAll, beforeAll, describe, expect, test } from '@jest/globals'

import type { KlarkollSettings } from '../../plugins/klarkoll'

import { statementNotices } from '../../plugins/klarkoll/statement/notices'
import { createApiClient } from '../helpers/api'
import { startTestPayload, type TestPayload } from '../helpers/payload'
import { type SignedIn, signIn } from '../helpers/users'

let t: TestPayload
let api: ReturnType<typeof createApiClient>
let editor: SignedIn
let communicator: SignedIn

const statement = {
  assessment: { assessedAt: '2026-10-01', method: 'sjalvskattning' },
  exemptions: [
    {
      content: 'Protokoll i PDF från före den 23 september 2018',
      ground: '9',
      reason: 'Behövs inte i pågående ärenden.',
    },
  ],
  feedback: { email: 'tillganglighet@exempelkommun.se', phone: '08-123 456 00' },
  organisation: 'Exempelkommun',
  preparedAt: '2026-10-01',
  reviewedAt: '2026-10-01',
  websites: [{ name: 'Exempelkommun.se', url: 'https://www.exempelkommun.se' }],
}

const issue = {
  description: 'Felmeddelandena i formuläret visas bara med röd färg.',
  fixBy: '2027-03-31',
  situations: ['utan-fargseende'],
  status: 'planerad',
  summary: 'Fel visas bara med färg',
  wcag: '1.4.1',
}

beforeAll(async () => {
  t = await startTestPayload()
  api = createApiClient(t.config)
  await signIn(t.payload, 'administrator')
  editor = await signIn(t.payload, 'webbredaktor')
  communicator = await signIn(t.payload, 'kommunikator')
})
afterAll(async () => {
  await t?.stop()
})

test('before it is written, the endpoint says so in Swedish (404), and the dashboard warns', async () => {
  const response = await api.get('/accessibility-statement')
  expect(response.status).toBe(404)
  expect(response.body.errors[0].message).toMatch(/inte ifylld/)
  const notices = await statementNotices(t.payload, '2026-11-22')
  expect(notices.map((n) => n.kind)).toEqual(['review'])
})

test('only communicators and administrators edit the statement', async () => {
  const denied = await api.post('/globals/accessibility-statement', {
    body: statement,
    token: editor.token,
  })
  expect(denied.status).toBe(403)
  const bad = await api.post('/globals/accessibility-statement', {
    body: { ...statement, feedback: { email: 'inte en adress' } },
    token: communicator.token,
  })
  expect(bad.status).toBe(400)
  expect(JSON.stringify(bad.body)).toMatch(/E-post för synpunkter/)
  const saved = await api.post('/globals/accessibility-statement', {
    body: statement,
    token: communicator.token,
  })
  expect(saved.status).toBe(200)
})

describe('known issues', () => {
  let proposalId: number | string
  let pageId: number | string

  test('a web editor can propose an issue but not approve it', async () => {
    const created = await api.post('/accessibility-issues', {
      body: { ...issue, review: 'godkand' },
      token: editor.token,
    })
    expect(created.status).toBe(201)
    expect(created.body.doc.review).toBe('forslag')
    expect(created.body.doc.approvedBy ?? null).toBeNull()
    proposalId = created.body.doc.id
  })

  test('an approved planned fix needs a date, an exemption a reason (Swedish, on the field)', async () => {
    const proposal = await api.post('/accessibility-issues', {
      body: { ...issue, fixBy: undefined, summary: 'Förslag utan datum' },
      token: communicator.token,
    })
    expect(proposal.body).toMatchObject({ doc: { review: 'forslag' } })
    await api.delete(`/accessibility-issues/${proposal.body.doc.id}`, { token: communicator.token })
    const noDate = await api.post('/accessibility-issues', {
      body: { ...issue, fixBy: undefined, review: 'godkand' },
      token: communicator.token,
    })
    expect(noDate.status).toBe(400)
    expect(noDate.body.errors[0].data.errors[0]).toMatchObject({ path: 'fixBy' })
    expect(noDate.body.errors[0].data.errors[0].message).toMatch(/Åtgärdas senast/)
    const noReason = await api.post('/accessibility-issues', {
      body: { ...issue, review: 'godkand', status: 'undantag-12' },
      token: communicator.token,
    })
    expect(noReason.status).toBe(400)
    expect(noReason.body.errors[0].data.errors[0]).toMatchObject({ path: 'reason' })
  })

  test('the statement holds only approved issues; the status follows them', async () => {
    const before = await api.get('/accessibility-statement')
    expect(before.status).toBe(200)
    expect(before.body.knownIssues).toEqual([])
    expect(before.body.complianceStatus).toBe('helt')
    expect((await statementNotices(t.payload, '2026-11-22')).map((n) => n.kind)).toEqual([
      'proposals',
    ])

    const page = await api.post('/pages', {
      body: {
        _status: 'published',
        body: null,
        ingress: 'Här kan du anmäla fel på gatubelysningen.',
        slug: 'felanmalan',
        title: 'Felanmälan',
      },
      token: communicator.token,
    })
    expect(page.status).toBe(201)
    pageId = page.body.doc.id
    const draft = await api.post('/pages', {
      body: { ingress: 'Utkast.', slug: 'utkast', title: 'Utkast' },
      token: communicator.token,
    })

    const approved = await api.patch(`/accessibility-issues/${proposalId}`, {
      body: {
        affects: [
          { relationTo: 'pages', value: pageId },
          { relationTo: 'pages', value: draft.body.doc.id },
        ],
        review: 'godkand',
      },
      token: communicator.token,
    })
    expect(approved.status).toBe(200)
    expect(approved.body.doc.review).toBe('godkand')
    expect(approved.body.doc.approvedAt).toEqual(expect.any(String))
    const approvedBy = approved.body.doc.approvedBy
    expect(typeof approvedBy === 'object' ? approvedBy.id : approvedBy).toBe(communicator.id)

    const rejected = await api.post('/accessibility-issues', {
      body: { ...issue, review: 'avvisad', summary: 'Avvisat fynd', wcag: '1.4.3' },
      token: communicator.token,
    })
    expect(rejected.status).toBe(201)

    const after = await api.get('/accessibility-statement')
    expect(after.body.complianceStatus).toBe('delvis')
    expect(after.body.complianceText.sv).toMatch(/delvis förenlig/)
    expect(after.body.knownIssues).toHaveLength(1)
    const [known] = after.body.knownIssues
    expect(known).toMatchObject({
      description: issue.description,
      fixBy: '2027-03-31',
      overdue: false,
      situations: [{ label: 'Användning utan färgseende', value: 'utan-fargseende' }],
      status: 'planerad',
      wcag: { id: '1.4.1', level: 'A', title: 'Användning av färg' },
    })
    // The draft page is not named in public.
    expect(known.affects).toEqual([
      {
        collection: 'pages',
        id: pageId,
        title: 'Felanmälan',
        url: expect.stringMatching(/\/felanmalan$/),
      },
    ])
  })

  test('every part DIGG requires is in the JSON', async () => {
    const { body } = await api.get('/accessibility-statement')
    expect(body).toMatchObject({
      assessment: {
        assessedAt: '2026-10-01',
        method: 'sjalvskattning',
        methodLabel: 'Självskattning',
      },
      enforcement: { url: 'https://www.digg.se/tdosanmalan' },
      exemptions: [{ ground: '9', groundLabel: 'Omfattas inte av lagen (9 §)' }],
      feedback: { email: 'tillganglighet@exempelkommun.se', phone: '08-123 456 00' },
      nextReviewDue: '2027-10-01',
      organisation: 'Exempelkommun',
      preparedAt: '2026-10-01',
      reviewedAt: '2026-10-01',
      websites: [{ name: 'Exempelkommun.se', url: 'https://www.exempelkommun.se' }],
    })
    expect(body.updatedAt).toEqual(expect.any(String))
    expect(typeof body.reviewOverdue).toBe('boolean')
    // The problems in the model statement's three groups; the exemption joins its ground's group.
    expect(
      body.issueGroups.map((group: { exemptions: unknown[]; issues: { status: string }[] }) => [
        group.issues.map((issue) => issue.status),
        group.exemptions.length,
      ]),
    ).toEqual([
      [['planerad'], 0],
      [[], 0],
      [[], 1],
    ])
    expect(body.issueGroups.map((group: { heading: string }) => group.heading)).toEqual([
      'Bristande förenlighet med lagkraven',
      'Oskäligt betungande anpassning',
      'Innehåll som inte omfattas av lagstiftningen',
    ])
    // Last updated: the newest change of the statement or of a published problem (the issue was
    // approved after the statement was written).
    expect(body.lastUpdatedAt).toMatch(/^\d{4}-\d{2}-\d{2}$/)
    expect(body.lastUpdatedAt >= body.updatedAt.slice(0, 10)).toBe(true)
  })

  test('a year without review and a passed fix date are dashboard warnings', async () => {
    const kinds = (await statementNotices(t.payload, '2027-10-02')).map((n) => n.kind)
    expect(kinds).toEqual(['review', 'overdue-fixes'])
    const settings = t.payload.config.custom.klarkoll as KlarkollSettings
    expect(settings.canApprove({ role: 'webbredaktor' } as never)).toBe(false)
  })
})
