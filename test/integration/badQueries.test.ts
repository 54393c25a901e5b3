import { afterAll, beforeAll, expect, test } from '@jest/globals'
import fc from 'fast-check'

import { queryFields } from '../../lib/inputGuard/queryProblems'
import { seed } from '../../seed'
import { createApiClient } from '../helpers/api'
import { startTestPayload, type TestPayload } from '../helpers/payload'

let t: TestPayload
let api: ReturnType<typeof createApiClient>
let token: string

beforeAll(async () => {
  t = await startTestPayload()
  api = createApiClient(t.config)
  await seed(t.payload, { adminPassword: 'Fel-fråga-123', today: '2026-11-21' })
  const login = await t.payload.login({
    collection: 'users',
    data: { email: 'admin@exempelkommun.se', password: 'Fel-fråga-123' },
  })
  token = login.token!
}, 120_000)
afterAll(async () => {
  await t?.stop()
})

const publicCollections = ['pages', 'opening-hours', 'contact-details', 'e-services'] as const

/** A public-site developer's mistake gets an answer, never a 500; a refusal says why in Swedish. */
const expectAnswered = async (path: string, signedIn = false) => {
  const res = await api.get(path, signedIn ? { token } : {})
  if (res.status >= 500) throw new Error(`${path} → ${res.status}: ${JSON.stringify(res.body)}`)
  if (res.status >= 400) expect(res.body.errors[0].message).toMatch(/[åäö]|finns/)
  return res
}

test.each(['/pages/abc', '/pages/2147483648', '/opening-hours/2147483648/status'])(
  'an id the database cannot hold is a document that is not there (404): %s',
  async (path) => {
    expect((await api.get(path)).status).toBe(404)
  },
)

test.each([
  ['/pages?where[slug][equals]=bygglov', 1],
  ['/e-services?where[topics][contains]=bygga-bo-miljo', undefined],
  ['/e-services?where[topics][in]=bygga-bo-miljo,omsorg-stod&sort=title', undefined],
  ['/opening-hours?sort=-updatedAt&limit=2&page=1', 2],
  [
    '/contact-details?where[channels.number][exists]=true&where[channels.address][exists]=true',
    undefined,
  ],
  ['/pages?where[or][0][title][like]=bygg&where[or][1][ingress][like]=bygg', undefined],
])('what a public site asks still works: %s', async (path, count) => {
  const res = await api.get(path)
  expect(res.status).toBe(200)
  if (count !== undefined) expect(res.body.docs).toHaveLength(count)
  else expect(res.body.docs.length).toBeGreaterThan(0)
})

test.each([
  '/pages/2147483648',
  '/pages/99999999999999999999',
  '/pages/-1',
  '/pages/1.5',
  '/pages/abc',
  '/pages?where[id][equals]=2147483648',
  '/pages?where[id][in]=1,99999999999',
  '/pages?where[contentOwner][equals]=99999999999',
  '/pages?limit=-1',
  '/pages?limit=abc',
  '/pages?page=0',
  '/pages?page=99999999999',
  '/pages?depth=1000',
  '/pages?sort=okänt',
  '/pages?sort=-',
  '/pages?locale=xx',
  '/pages?where[okänt][equals]=1',
  '/pages?where[title][like]=%25',
  '/pages?where[updatedAt][greater_than]=igår',
  '/pages?where[updatedAt][greater_than]=2026-02-31',
  '/opening-hours?where[notice.from][less_than]=0',
  '/e-services?where[cost.amount][greater_than]=1e400',
  '/pages?where[title][equals]=%00',
  '/pages?select[okänt]=true',
  '/pages?where[or][0][and]=x',
  '/opening-hours/1/status?at=inte-ett-datum',
  '/opening-hours/2147483648/status',
  '/opening-hours/1/week?from=2026-02-31',
  // Found by the random queries below.
  '/pages?where[title][all]=',
  '/pages?where[title][intersects]=',
  '/opening-hours?limit=0&limit=0',
  '/contact-details?page=-1',
  '/opening-hours?where[klarkoll.status][equals]=',
  '/pages?where[updatedAt][greater_than]=igår',
  '/pages?where[updatedAt][not_equals]=bh',
  '/contact-details?where[channels][exists]=0gzocB',
  '/contact-details?where[channels][in]=true',
  '/pages?where[generateSlug][in]=ta',
  '/e-services?where[supportContact][not_in]=1e400',
  '/opening-hours?where[contentOwner][like]=y',
  '/e-services?where[topics][all]=barn-utbildning',
  '/e-services?where[topics][like]=bygga',
  '/opening-hours?where[name][less_than_equal]=a&where[name][less_than_equal]=b',
  '/pages?where[_status][contains]=null',
  '/pages?where[body][contains]=a',
  '/contact-details?sort=-channels&sort=-_status&where[name][greater_than]=a',
  '/contact-details?sort=-channels.label',
  '/contact-details?where[channels][exists]=true',
  '/contact-details?where[channels.responseTime][exists]=true',
  '/contact-details?where[channels.number][greater_than]=a&where[channels.number][less_than]=b',
  '/e-services?draft=true&where[whatToHaveReady.id][like]=a',
  '/e-services?where[id][in]=null',
])('a malformed query gets an answer, never a 500: %s', async (path) => {
  await expectAnswered(path)
  await expectAnswered(path, true)
})

test.each(publicCollections)(
  '%s: random queries never give a 500',
  async (collection) => {
    // Every queryable path, nested ones included, as the guard itself sees them.
    const fields = [
      ...queryFields(t.config.collections.find((c) => c.slug === collection)!.fields).keys(),
    ]
    const operators = [
      'equals',
      'not_equals',
      'in',
      'not_in',
      'all',
      'exists',
      'greater_than',
      'less_than_equal',
      'like',
      'contains',
      'near',
      'within',
      'intersects',
      'okänd',
    ]
    const value = fc.oneof(
      fc.string({ maxLength: 12 }),
      fc.constantFrom('', '0', '-1', 'true', 'null', '2147483648', '1e400', '2026-02-31', '%', '_'),
      fc.integer().map(String),
    )
    const where = fc
      .tuple(
        fc.constantFrom(...fields, 'okänt', 'klarkoll.status'),
        fc.constantFrom(...operators),
        value,
      )
      .map(([field, operator, v]) => `where[${field}][${operator}]=${encodeURIComponent(v)}`)
    const other = fc.oneof(
      value.map((v) => `limit=${encodeURIComponent(v)}`),
      value.map((v) => `page=${encodeURIComponent(v)}`),
      value.map((v) => `depth=${encodeURIComponent(v)}`),
      fc.constantFrom(...fields, 'okänt').map((f) => `sort=-${f}`),
      fc.constantFrom('sv', 'en', 'all', 'xx').map((l) => `locale=${l}`),
      fc.constantFrom('true', 'false', 'x').map((d) => `draft=${d}`),
    )
    const runs = Number(process.env.FUZZ_RUNS ?? 60)
    await fc.assert(
      fc.asyncProperty(
        fc.array(fc.oneof(where, other), { minLength: 1, maxLength: 4 }),
        fc.boolean(),
        async (parts, signedIn) => {
          await expectAnswered(`/${collection}?${parts.join('&')}`, signedIn)
        },
      ),
      { numRuns: runs },
    )
  },
  300_000,
)

test.each([
  '{ Pages(where: { title: { equals: "a\\u0000b" } }) { docs { id } } }',
  '{ Pages(where: { updatedAt: { greater_than: "igår" } }) { docs { id } } }',
  '{ Page(id: 2147483648) { id } }',
  '{ Pages(limit: -1, page: -1) { docs { id } } }',
  '{ EServices(where: { topics: { all: [barn_utbildning] } }) { docs { id } } }',
  '{ ContactDetails(where: { channels__number: { equals: "1" }, channels__label: { equals: "a" } }) { docs { id } } }',
])('GraphQL: a malformed query is refused, never a 500: %s', async (query) => {
  const res = await api.graphql(query)
  expect(res.status).toBeLessThan(500)
  expect(res.body.errors?.length).toBeGreaterThan(0)
  expect(JSON.stringify(res.body)).not.toMatch(/"statusCode":5\d\d|Something went wrong/)
})

test("the project's own endpoints never give a 500, whatever the parameters", async () => {
  const ids = {
    'contact-details': (await t.payload.find({ collection: 'contact-details', limit: 1 })).docs[0]!
      .id,
    'e-services': (await t.payload.find({ collection: 'e-services', limit: 1 })).docs[0]!.id,
    'opening-hours': (await t.payload.find({ collection: 'opening-hours', limit: 1 })).docs[0]!.id,
  }
  const id = fc.oneof(
    fc.constantFrom(...Object.values(ids).map(String)),
    fc.constantFrom('0', '-1', 'abc', '2147483648', '1.5', '%00'),
  )
  const path = fc.oneof(
    id.chain((i) =>
      fc.constantFrom(
        `/opening-hours/${i}/status`,
        `/opening-hours/${i}/week`,
        `/opening-hours/${i}/json-ld`,
        `/opening-hours/${i}/osm`,
        `/opening-hours/${i}/calendar`,
        `/contact-details/${i}/json-ld`,
        `/e-services/${i}/json-ld`,
        `/media/paste-url/${i}`,
      ),
    ),
    fc.constantFrom(
      '/opening-hours/open-now',
      '/opening-hours/feed',
      '/e-services/cpsv-ap',
      '/accessibility-statement',
      '/klarkoll/review',
      '/klarkoll/report.csv',
      '/klarkoll/scheduled-failures',
      '/klarkoll/permissions',
    ),
  )
  const value = fc.oneof(
    fc.string({ maxLength: 12 }),
    fc.constantFrom('', '2026-11-22', '2026-02-31', '2026-11-22T25:00', '0', '-1', '1e400'),
    fc.constantFrom('pages', 'opening-hours', 'users', 'okänd', '1', '2147483648'),
  )
  const keys = ['at', 'from', 'collection', 'id', 'locale', 'status', 'area', 'rule', 'sort']
  const params = fc.array(fc.tuple(fc.constantFrom(...keys, 'owner', 'url'), value), {
    maxLength: 4,
  })
  const runs = Number(process.env.FUZZ_RUNS ?? 60)
  await fc.assert(
    fc.asyncProperty(path, params, fc.boolean(), async (p, pairs, signedIn) => {
      const query = new URLSearchParams(pairs).toString()
      await expectAnswered(query ? `${p}?${query}` : p, signedIn)
    }),
    { numRuns: runs * 4 },
  )
}, 300_000)
