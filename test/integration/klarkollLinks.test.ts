import { afterAll, beforeAll, describe, expect, test } from '@jest/globals'
import { execFileSync } from 'node:child_process'
import fs from 'node:fs'
import https from 'node:https'
import type { AddressInfo } from 'node:net'
import os from 'node:os'
import path from 'node:path'

import { doc, paragraph } from '../../seed/lexical'
import { createApiClient } from '../helpers/api'
import { startTestPayload, type TestPayload } from '../helpers/payload'
import { type SignedIn, signIn } from '../helpers/users'

let t: TestPayload
let api: ReturnType<typeof createApiClient>
let editor: SignedIn
let unitId: number | string
let server: https.Server
let base: string
const status = new Map<string, number>([
  ['/bygglov', 200],
  ['/borttagen', 404],
  ['/overbelastad', 503],
])

const eService = (url: string, title: string) => ({
  _status: 'published',
  afterApplying: {
    confirmation: 'Du får en bekräftelse.',
    decision: 'Du får beslutet via e-post.',
  },
  alternativeChannels: [{ description: 'Skicka med post.', kind: 'brev' }],
  audience: ['privatperson'],
  authentication: ['bankid'],
  languages: ['sv'],
  processingTime: { duration: 'P2W' },
  responsibleUnit: unitId,
  serviceStatus: 'aktiv',
  shortDescription: 'Ansök om bygglov när du ska bygga nytt eller bygga till.',
  title,
  topics: ['bygga-bo-miljo'],
  url,
  whatToHaveReady: [{ item: 'Ritningar' }],
})

const runLinkJob = async () => {
  await t.payload.jobs.queue({
    input: {} as never,
    queue: 'klarkoll',
    task: 'klarkollLinkCheck' as never,
  })
  await t.payload.jobs.run({ queue: 'klarkoll' })
}

const stored = async (url: string) => {
  const { docs } = await t.payload.find({
    collection: 'klarkoll-links' as never,
    where: { url: { equals: url } },
  })
  return docs[0] as unknown as Record<string, any> | undefined
}

/** A certificate for 127.0.0.1 of our own: e-service addresses must be https. */
const selfSigned = () => {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'klarkoll-tls-'))
  execFileSync(
    'openssl',
    [
      'req',
      '-x509',
      '-newkey',
      'rsa:2048',
      '-nodes',
      '-days',
      '1',
      '-subj',
      '/CN=127.0.0.1',
      '-addext',
      'subjectAltName=IP:127.0.0.1',
      '-keyout',
      path.join(dir, 'key.pem'),
      '-out',
      path.join(dir, 'cert.pem'),
    ],
    { stdio: 'ignore' },
  )
  const read = (name: string) => fs.readFileSync(path.join(dir, name), 'utf8')
  const pair = { cert: read('cert.pem'), key: read('key.pem') }
  fs.rmSync(dir, { force: true, recursive: true })
  return pair
}

beforeAll(async () => {
  const { cert, key } = selfSigned()
  server = https.createServer({ cert, key }, (req, res) => {
    res.writeHead(status.get(req.url ?? '') ?? 404)
    res.end()
  })
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve))
  base = `https://127.0.0.1:${(server.address() as AddressInfo).port}`
  // The loopback server is allowed explicitly; everything else internal stays refused.
  t = await startTestPayload({
    env: { KLARKOLL_LINK_ALLOW_HOSTS: '127.0.0.1' },
    linkCheck: { ca: [cert], perHostIntervalMs: 0, retries: 1, retryDelayMs: 0, timeoutMs: 2000 },
  })
  api = createApiClient(t.config)
  await signIn(t.payload, 'administrator')
  editor = await signIn(t.payload, 'webbredaktor')
  const unit = await t.payload.create({
    collection: 'contact-details',
    context: { seed: true },
    data: {
      _status: 'published',
      channels: [{ blockType: 'phone', number: '0123-45 67 30' }],
      name: 'Bygglovsenheten',
      unitType: 'enhet',
    },
  })
  unitId = unit.id
})
afterAll(async () => {
  await t?.stop()
  server.closeAllConnections()
  await new Promise((resolve) => server.close(resolve))
})

describe('link checking', () => {
  test('publishing queues a check of the new links; the job records each result with history', async () => {
    const res = await api.post('/e-services', {
      body: eService(`${base}/bygglov`, 'Ansök om bygglov'),
      token: editor.token,
    })
    expect(res.status).toBe(201)
    const { docs: queued } = await t.payload.find({
      collection: 'payload-jobs',
      where: { taskSlug: { equals: 'klarkollLinkCheck' } },
    })
    expect(queued.map((job) => job.input)).toEqual([
      { collection: 'e-services', id: String(res.body.doc.id) },
    ])
    await t.payload.jobs.run({ queue: 'klarkoll' })
    expect(await stored(`${base}/bygglov`)).toMatchObject({
      failures: 0,
      httpStatus: 200,
      outcome: 'ok',
      sources: [{ collection: 'e-services', field: 'url', id: String(res.body.doc.id) }],
    })
  })

  test('links in pages: a 404 found by the job warns when the page is published again', async () => {
    const body = doc(paragraph('Läs om '), {
      children: [
        {
          detail: 0,
          format: 0,
          mode: 'normal',
          style: '',
          text: 'avgifter',
          type: 'text',
          version: 1,
        },
      ],
      direction: 'ltr',
      fields: { linkType: 'custom', newTab: false, url: `${base}/borttagen` },
      format: '',
      indent: 0,
      type: 'link',
      version: 3,
    } as never)
    const page = await api.post('/pages', {
      body: {
        _status: 'published',
        body,
        ingress: 'Här får du veta hur det går till.',
        title: 'Avgifter',
      },
      token: editor.token,
    })
    expect(page.status).toBe(201)
    await runLinkJob()
    await runLinkJob() // twice: the result is the same, the history grows, nothing is lost
    const broken = await stored(`${base}/borttagen`)
    // Checked three times: after publishing, then by the two runs.
    expect(broken).toMatchObject({ failures: 3, httpStatus: 404, outcome: 'broken' })
    expect(broken!.history).toHaveLength(3)
    const again = await api.patch(`/pages/${page.body.doc.id}`, {
      body: { _status: 'published', title: 'Avgifter 2027' },
      token: editor.token,
    })
    expect(again.status).toBe(200)
    expect(again.body.doc.klarkoll.report.findings).toEqual(
      expect.arrayContaining([
        expect.objectContaining({
          field: 'body',
          message: expect.stringMatching(
            /^Länken .*\/borttagen fungerar inte: Sidan finns inte \(404\)/,
          ),
          ruleId: 'links/broken',
          severity: 'warning',
        }),
      ]),
    )
  })

  test('a broken e-service address blocks its publishing, in Swedish, on the URL field', async () => {
    // The previous test's runs found /borttagen gone; the text of the e-service is kept as a draft.
    const res = await api.post('/e-services', {
      body: eService(`${base}/borttagen`, 'Ansök om strandskyddsdispens'),
      token: editor.token,
    })
    expect(res.status).toBe(400)
    expect(res.body.errors[0].data.errors).toEqual([
      expect.objectContaining({
        message: expect.stringMatching(/^Länken .*\/borttagen fungerar inte: Sidan finns inte/),
        path: 'url',
      }),
    ])
    const draft = await api.post('/e-services?draft=true', {
      body: { ...eService(`${base}/borttagen`, 'Ansök om strandskyddsdispens'), _status: 'draft' },
      token: editor.token,
    })
    expect(draft.status).toBe(201)
  })

  test('a server error is unsure (a warning), and a nightly run forgets unused links', async () => {
    const created = await api.post('/e-services', {
      body: eService(`${base}/overbelastad`, 'Boka tid för vigsel'),
      token: editor.token,
    })
    expect(created.status).toBe(201)
    await runLinkJob()
    expect(await stored(`${base}/overbelastad`)).toMatchObject({
      httpStatus: 503,
      outcome: 'unsure',
    })
    await t.payload.delete({ collection: 'e-services', id: created.body.doc.id })
    await runLinkJob()
    expect(await stored(`${base}/overbelastad`)).toBeUndefined()
    expect(await stored(`${base}/bygglov`)).toMatchObject({ outcome: 'ok' })
  })
})
