import { afterAll, beforeAll, describe, expect, test } from '@jest/globals'

import { createApiClient } from '../helpers/api'
import { startTestPayload, type TestPayload } from '../helpers/payload'
import { type SignedIn, signIn } from '../helpers/users'
import { vocabularyProblems } from '../helpers/schemaOrgVocabulary'

let t: TestPayload
let api: ReturnType<typeof createApiClient>
let editor: SignedIn
let unitId: number | string

const service = () => ({
  title: 'Ansök om bygglov',
  shortDescription: 'Ansök om bygglov när du ska bygga nytt eller bygga till.',
  url: 'https://e.exempelkommun.se/bygglov',
  serviceStatus: 'aktiv',
  audience: ['privatperson', 'foretag'],
  topics: ['bygga-bo-miljo'],
  authentication: ['bankid', 'freja-eid-plus'],
  signatureRequired: true,
  whatToHaveReady: [{ item: 'Ritningar' }, { item: 'Fastighetsbeteckning' }],
  cost: { amount: 9200, free: false, note: 'Enligt taxa' },
  languages: ['sv', 'en'],
  processingTime: { duration: 'P10W' },
  afterApplying: {
    confirmation: 'Du får en bekräftelse.',
    decision: 'Du får beslutet via e-post.',
    handledBy: 'Bygglovsenheten',
  },
  appeal: 'Överklaga inom tre veckor.',
  responsibleUnit: unitId,
  alternativeChannels: [{ description: 'Skicka med post.', kind: 'brev' }],
})

beforeAll(async () => {
  t = await startTestPayload()
  api = createApiClient(t.config)
  await signIn(t.payload, 'administrator')
  editor = await signIn(t.payload, 'webbredaktor')
  const unit = await t.payload.create({
    collection: 'contact-details',
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
})

test('a complete e-service is stored and served to visitors, with the processing time in words', async () => {
  const created = await api.post('/e-services', {
    body: { ...service(), _status: 'published' },
    token: editor.token,
  })
  expect(created.status).toBe(201)
  const res = await api.get(`/e-services/${created.body.doc.id}`)
  expect(res.status).toBe(200)
  expect(res.body).toMatchObject({
    authentication: ['bankid', 'freja-eid-plus'],
    cost: { amount: 9200, free: false },
    processingTime: { duration: 'P10W', summary: 'tio veckor' },
    responsibleUnit: { name: 'Bygglovsenheten' },
    serviceStatus: 'aktiv',
    slug: 'ansok-om-bygglov',
  })
  const list = await api.get('/e-services?where[topics][contains]=bygga-bo-miljo')
  expect(list.body.docs.map((d: { slug: string }) => d.slug)).toContain('ansok-om-bygglov')
})

test('the editor’s processing-time text wins over the written-out duration', async () => {
  const created = await t.payload.create({
    collection: 'e-services',
    data: {
      ...service(),
      _status: 'published',
      processingTime: { duration: 'p3m', text: 'Beslut inom tre månader.' },
      title: 'Ansök om strandskyddsdispens',
    } as never,
  })
  expect(created.processingTime).toMatchObject({
    duration: 'P3M',
    summary: 'Beslut inom tre månader.',
  })
})

test('drafts are never visible to visitors, by id, in lists or through GraphQL', async () => {
  const draft = await api.post('/e-services?draft=true', {
    body: { ...service(), title: 'Hemlig e-tjänst' },
    token: editor.token,
  })
  expect(draft.status).toBe(201)
  expect((await api.get(`/e-services/${draft.body.doc.id}`)).status).toBe(404)
  expect((await api.get(`/e-services/${draft.body.doc.id}/json-ld`)).status).toBe(404)
  const list = await api.get('/e-services?draft=true&limit=100')
  expect(list.body.docs.map((d: { title: string }) => d.title)).not.toContain('Hemlig e-tjänst')
  const gql = await api.graphql('{ EServices(draft: true) { docs { title } } }')
  expect(gql.body.data.EServices.docs.map((d: { title: string }) => d.title)).not.toContain(
    'Hemlig e-tjänst',
  )
  expect((await api.get(`/e-services/${draft.body.doc.id}`, { token: editor.token })).status).toBe(
    200,
  )
  // Nor in the CPSV-AP catalogue, which lists the published ones.
  const catalogue = await api.get('/e-services/cpsv-ap')
  expect(catalogue.status).toBe(200)
  expect(catalogue.headers.get('content-type')).toBe('application/ld+json; charset=utf-8')
  const titles = catalogue.body['@graph']
    .filter((n: { '@type': string }) => n['@type'] === 'cpsv:PublicService')
    .map((n: { 'dct:title': { '@value': string } }) => n['dct:title']['@value'])
  expect(titles.length).toBeGreaterThan(0)
  expect(titles).not.toContain('Hemlig e-tjänst')
})

describe('bad input: a 400 with a Swedish message on the exact field, and nothing written', () => {
  let attempt = 0
  const errorsFor = async (change: Record<string, unknown>) => {
    const before = (await t.payload.count({ collection: 'e-services' })).totalDocs
    // A title of its own, so that only the field under test is wrong (not a taken slug).
    const title = `Ansök om tillstånd ${++attempt}`
    const res = await api.post('/e-services', {
      body: { ...service(), title, ...change, _status: 'published' },
      token: editor.token,
    })
    expect(res.status).toBe(400)
    expect((await t.payload.count({ collection: 'e-services' })).totalDocs).toBe(before)
    return res.body.errors[0].data.errors as Array<{ message: string; path: string }>
  }

  test('short description over 150 characters', async () => {
    const [error] = await errorsFor({ shortDescription: 'Mycket lång text. '.repeat(10) })
    expect(error).toEqual({
      label: expect.anything(),
      message: expect.stringMatching(
        /^Den korta beskrivningen är 179 tecken; den får vara högst 150/,
      ),
      path: 'shortDescription',
    })
  })

  test('the address must be https', async () => {
    const [error] = await errorsFor({ url: 'http://e.exempelkommun.se/bygglov' })
    expect(error).toMatchObject({ path: 'url' })
    expect(error!.message).toMatch(/ska börja med https:\/\//)
  })

  test('"no login" cannot be combined with a login method', async () => {
    const [error] = await errorsFor({ authentication: ['ingen', 'bankid'] })
    expect(error).toMatchObject({
      message: expect.stringMatching(/^"Ingen inloggning" kan inte kombineras/),
      path: 'authentication',
    })
  })

  test('a fee is required unless the service is free, and must be positive', async () => {
    expect(await errorsFor({ cost: { free: false } })).toEqual([
      expect.objectContaining({
        message: 'Ange avgiften i kronor, eller kryssa i "Kostnadsfri".',
        path: 'cost.amount',
      }),
    ])
    const [negative] = await errorsFor({ cost: { amount: -5, free: false } })
    expect(negative).toMatchObject({ path: 'cost.amount' })
    expect(negative!.message).toMatch(/större än 0/)
  })

  test('processing time must be an ISO 8601 duration', async () => {
    const [error] = await errorsFor({ processingTime: { duration: '8 veckor' } })
    expect(error).toMatchObject({ path: 'processingTime.duration' })
    expect(error!.message).toMatch(/^"8 veckor" är ingen giltig handläggningstid/)
  })

  test('an alternative channel’s link must be https', async () => {
    const [error] = await errorsFor({
      alternativeChannels: [{ description: 'Blankett', kind: 'pappersblankett', url: 'ftp://x' }],
    })
    expect(error).toMatchObject({ path: 'alternativeChannels.0.url' })
  })

  test('a responsible unit is required', async () => {
    const errors = await errorsFor({ responsibleUnit: null })
    expect(errors.map((e) => e.path)).toEqual(['responsibleUnit'])
  })

  test('an unknown status is refused', async () => {
    const [error] = await errorsFor({ serviceStatus: 'kanske' })
    expect(error).toMatchObject({ path: 'serviceStatus' })
  })
})

test('GET /:id/json-ld: GovernmentService with its channels, safe in a script element', async () => {
  const created = await t.payload.create({
    collection: 'e-services',
    data: {
      ...service(),
      _status: 'published',
      shortDescription: 'Text med </script><script>alert(1)</script> i.',
      title: 'Ansök om <b>tillstånd</b>',
    } as never,
  })
  const res = await api.get(`/e-services/${created.id}/json-ld`)
  expect(res.status).toBe(200)
  expect(vocabularyProblems(res.body)).toEqual([])
  expect(typeof res.body).toBe('object')
  expect(res.body).toMatchObject({
    '@context': 'https://schema.org',
    '@type': 'GovernmentService',
    availableChannel: [
      {
        '@type': 'ServiceChannel',
        processingTime: 'P10W',
        serviceUrl: 'https://e.exempelkommun.se/bygglov',
      },
      { '@type': 'ServiceChannel', description: 'Skicka med post.', name: 'Brev' },
    ],
    description: 'Text med </script><script>alert(1)</script> i.',
    name: 'Ansök om <b>tillstånd</b>',
    offers: { price: 9200, priceCurrency: 'SEK' },
    provider: { '@type': 'GovernmentOrganization', name: 'Bygglovsenheten' },
  })
  // The raw text has no "<" at all, so it cannot close the script element it is embedded in.
  const handler = (await import('@payloadcms/next/routes')).REST_GET(Promise.resolve(t.config))
  const raw = await handler(
    new Request(`http://localhost:3000/api/e-services/${created.id}/json-ld`),
    {
      params: Promise.resolve({ slug: ['e-services', String(created.id), 'json-ld'] }),
    },
  )
  expect(raw.headers.get('content-type')).toMatch(/^application\/ld\+json/)
  expect(await raw.text()).not.toMatch(/[<>]/)
})
