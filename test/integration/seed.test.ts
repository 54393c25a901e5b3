import { afterAll, beforeAll, expect, test } from '@jest/globals'

import { seed } from '../../seed'
import { seedPages } from '../../seed/pages'
import { createApiClient } from '../helpers/api'
import { startTestPayload, type TestPayload } from '../helpers/payload'

let t: TestPayload

beforeAll(async () => {
  t = await startTestPayload()
})
afterAll(async () => {
  await t?.stop()
})

test('the demo content has at least ten Swedish pages, plain and bureaucratic', () => {
  const published = seedPages.filter((p) => p.status === 'published')
  expect(published.length).toBeGreaterThanOrEqual(10)
  expect(seedPages.some((p) => p.quality === 'klarspråk')).toBe(true)
  expect(seedPages.filter((p) => p.quality === 'byråkratisk').length).toBeGreaterThanOrEqual(4)
})

test('seeding fills an empty database and prints a generated password once', async () => {
  const result = await seed(t.payload, { adminEmail: 'Webb@Exempelkommun.se', ifEmpty: true })
  expect(result.skipped).toBe(false)
  expect(result.pagesCreated).toHaveLength(seedPages.length)
  expect(result.admin).toMatchObject({ created: true, email: 'webb@exempelkommun.se' })
  expect(result.admin.generatedPassword).toMatch(/^[\w-]{20,}$/)

  const login = await t.payload.login({
    collection: 'users',
    data: { email: 'webb@exempelkommun.se', password: result.admin.generatedPassword! },
  })
  expect(login.user?.role).toBe('administrator')

  const api = createApiClient(t.config)
  const publicPages = await api.get('/pages?limit=100')
  const expected = seedPages.filter((p) => p.status === 'published').map((p) => p.slug)
  expect(publicPages.body.docs.map((p: { slug: string }) => p.slug).sort()).toEqual(expected.sort())
})

test('seeding again adds nothing and keeps editors’ changes', async () => {
  const [start] = (
    await t.payload.find({ collection: 'pages', where: { slug: { equals: 'start' } } })
  ).docs
  await t.payload.update({
    collection: 'pages',
    data: { title: 'Hej och välkommen' },
    id: start!.id,
  })

  const again = await seed(t.payload, { adminEmail: 'webb@exempelkommun.se' })
  expect(again.pagesCreated).toEqual([])
  expect(again.pagesKept).toHaveLength(seedPages.length)
  expect(again.admin.created).toBe(false)
  expect(again.admin.generatedPassword).toBeUndefined()
  expect((await t.payload.count({ collection: 'pages' })).totalDocs).toBe(seedPages.length)
  expect((await t.payload.findByID({ collection: 'pages', id: start!.id })).title).toBe(
    'Hej och välkommen',
  )
  expect((await seed(t.payload, { ifEmpty: true })).skipped).toBe(true)
})

test('SEED_ADMIN_PASSWORD-style credentials are used as given', async () => {
  const result = await seed(t.payload, {
    adminEmail: 'chef@exempelkommun.se',
    adminPassword: 'Ett-eget-lösenord-1',
  })
  expect(result.admin).toEqual({
    created: true,
    email: 'chef@exempelkommun.se',
    generatedPassword: undefined,
  })
  const login = await t.payload.login({
    collection: 'users',
    data: { email: 'chef@exempelkommun.se', password: 'Ett-eget-lösenord-1' },
  })
  expect(login.token).toBeTruthy()
})
