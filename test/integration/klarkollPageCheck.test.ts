import { afterAll, beforeAll, expect, test } from '@jest/globals'
import http from 'node:http'
import type { AddressInfo } from 'node:net'

import type { KlarkollSettings } from '../../plugins/klarkoll'

import { runPageChecks } from '../../plugins/klarkoll/pages/run'
import { startTestPayload, type TestPayload } from '../helpers/payload'

let t: TestPayload
let server: http.Server
let color = '#9a9a9a'
let pageId: number | string

// The public site stand-in on loopback: one page whose body text has too little contrast.
const html = () => `<!doctype html><html lang="sv"><head><title>Kontrast</title></head><body>
<main><h1>Sophämtning</h1><p style="color: ${color}">Soporna hämtas varannan vecka.</p></main>
</body></html>`

// A fixed address whose table needs 600 px: at 320 px it scrolls sideways (WCAG 1.4.10).
const wide = `<!doctype html><html lang="sv"><head><title>Taxor</title></head><body>
<main><h1>Taxor</h1><table style="width: 600px"><tr><th>Tjänst</th><td>Avgift</td></tr></table>
</main></body></html>`
const notFound = `<!doctype html><html lang="sv"><head><title>Sidan finns inte</title></head>
<body><main><h1>Sidan finns inte</h1><p>Gå till startsidan.</p></main></body></html>`

beforeAll(async () => {
  t = await startTestPayload()
  server = http.createServer((req, res) => {
    if (req.url === '/kontrast') {
      res.writeHead(200, { 'Content-Type': 'text/html; charset=utf-8' }).end(html())
    } else if (req.url === '/bred') {
      res.writeHead(200, { 'Content-Type': 'text/html; charset=utf-8' }).end(wide)
    } else {
      res.writeHead(404, { 'Content-Type': 'text/html; charset=utf-8' }).end(notFound)
    }
  })
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve))
  const settings = t.payload.config.custom.klarkoll as KlarkollSettings
  settings.siteUrl = `http://127.0.0.1:${(server.address() as AddressInfo).port}`
  const page = await t.payload.create({
    collection: 'pages',
    data: {
      _status: 'published',
      ingress: 'Så hämtar vi soporna hos dig.',
      slug: 'kontrast',
      title: 'Sophämtning',
    },
  })
  pageId = page.id
})
afterAll(async () => {
  server?.close()
  await t?.stop()
})

const issues = async () =>
  (
    await t.payload.find({
      collection: 'accessibility-issues',
      pagination: false,
      where: { checkKey: { like: `pages:${pageId}:` } },
    })
  ).docs

test('publishing queues the check instead of running it in the request', async () => {
  const { docs } = await t.payload.find({
    collection: 'payload-jobs',
    where: { taskSlug: { equals: 'klarkollPageCheck' } },
  })
  expect(docs.map((job) => (job.input as { id: string }).id)).toContain(String(pageId))
  expect(docs.every((job) => !job.completedAt)).toBe(true)
})

test('low contrast on the rendered page: a Swedish finding with WCAG 1.4.3 on the document', async () => {
  const summary = await runPageChecks(t.payload, { collection: 'pages', id: pageId })
  expect(summary.pages).toHaveLength(1)
  expect(summary.pages[0]!.findings).toBeGreaterThan(0)
  const doc = await t.payload.findByID({ collection: 'pages', id: pageId })
  const page = (doc.klarkoll as { page: { findings: Record<string, unknown>[]; url: string } }).page
  expect(page.url).toMatch(/\/kontrast$/)
  expect(page.findings).toContainEqual(
    expect.objectContaining({
      area: 'a11y',
      message: expect.stringMatching(/kontrast/i),
      ruleId: 'a11y/page/color-contrast',
      wcag: '1.4.3',
    }),
  )
  // The publish report is kept beside it.
  expect((doc.klarkoll as { report?: unknown }).report).toBeTruthy()
})

test('a proposal for the statement, once per page and rule, not public until approved', async () => {
  const [proposal, ...rest] = await issues()
  expect(rest).toHaveLength(0)
  expect(proposal).toMatchObject({
    review: 'forslag',
    ruleId: 'a11y/page/color-contrast',
    source: 'automatisk',
    wcag: '1.4.3',
  })
  const again = await runPageChecks(t.payload, { collection: 'pages', id: pageId })
  expect(again.proposals).toEqual({ created: 0, removed: 0, updated: 1 })
  expect(await issues()).toHaveLength(1)
})

test('fixed on the site: the unreviewed proposal goes away', async () => {
  color = '#1b1b1b'
  const summary = await runPageChecks(t.payload, { collection: 'pages', id: pageId })
  expect(summary.pages[0]!.findings).toBe(0)
  expect(summary.proposals.removed).toBe(1)
  expect(await issues()).toHaveLength(0)
})

test('a page the site does not serve is recorded as an error, not a crash', async () => {
  const other = await t.payload.create({
    collection: 'pages',
    data: {
      _status: 'published',
      ingress: 'Här finns bara text.',
      slug: 'saknas',
      title: 'Saknas',
    },
  })
  const summary = await runPageChecks(t.payload, { collection: 'pages', id: other.id })
  expect(summary.pages[0]!.error).toMatch(/status 404/)
})

test('the fixed addresses too: a page that scrolls sideways at 320 px, and the not-found page', async () => {
  const settings = t.payload.config.custom.klarkoll as KlarkollSettings
  const appRoutes = settings.publicRoutes
  settings.publicRoutes = [
    { path: '/bred', status: 200 },
    { path: '/sidan-finns-inte', status: 404 },
  ]
  try {
    const summary = await runPageChecks(t.payload)
    const rows = summary.pages.filter((row) => row.collection === null)
    expect(rows.map((row) => [new URL(row.url).pathname, row.error ?? null])).toEqual([
      ['/bred', null],
      // The not-found page answers 404 as it should, and is checked like any page.
      ['/sidan-finns-inte', null],
    ])
    const { docs } = await t.payload.find({
      collection: 'accessibility-issues',
      pagination: false,
      where: { checkKey: { like: 'route:' } },
    })
    expect(docs).toContainEqual(
      expect.objectContaining({
        affects: [],
        checkKey: 'route:/bred:a11y/page/reflow',
        locations: expect.stringMatching(/\/bred$/),
        review: 'forslag',
        wcag: '1.4.10',
      }),
    )
    expect(docs.filter((doc) => doc.checkKey?.startsWith('route:/sidan-finns-inte'))).toEqual([])
    // One document asked for: the fixed addresses are not opened.
    const one = await runPageChecks(t.payload, { collection: 'pages', id: pageId })
    expect(one.pages.map((row) => row.collection)).toEqual(['pages'])
  } finally {
    settings.publicRoutes = appRoutes
  }
})
