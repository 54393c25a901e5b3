import { afterAll, beforeAll, describe, expect, test } from '@jest/globals'

import { createApiClient } from '../helpers/api'
import { startTestPayload, type TestPayload } from '../helpers/payload'
import { type SignedIn, signIn } from '../helpers/users'

let t: TestPayload
let api: ReturnType<typeof createApiClient>
let admin: SignedIn
let editor: SignedIn
let communicator: SignedIn
let publishedId: number | string
let draftId: number | string

beforeAll(async () => {
  t = await startTestPayload()
  api = createApiClient(t.config)
  // The first account becomes administrator; later ones get the role they are given.
  admin = await signIn(t.payload, 'administrator')
  editor = await signIn(t.payload, 'webbredaktor')
  communicator = await signIn(t.payload, 'kommunikator')
  publishedId = (
    await t.payload.create({
      collection: 'pages',
      data: { _status: 'published', slug: 'oppen-sida', title: 'Öppen sida' },
    })
  ).id
  draftId = (
    await t.payload.create({
      collection: 'pages',
      data: { _status: 'draft', title: 'Hemligt utkast' },
      draft: true,
    })
  ).id
})
afterAll(async () => {
  await t?.stop()
})

describe('anonymous visitors', () => {
  test('REST lists published pages only, even when asking for drafts', async () => {
    for (const query of ['/pages', '/pages?draft=true']) {
      const res = await api.get(query)
      expect(res.status).toBe(200)
      expect(res.body.docs.map((d: { title: string }) => d.title)).toEqual(['Öppen sida'])
    }
    expect((await api.get(`/pages/${draftId}`)).status).toBe(404)
    expect((await api.get(`/pages/${draftId}?draft=true`)).status).toBe(404)
    expect((await api.get(`/pages/${publishedId}`)).body.title).toBe('Öppen sida')
  })

  test('a published page with a newer draft shows the published text', async () => {
    await t.payload.update({
      collection: 'pages',
      data: { title: 'Ändrad men inte publicerad' },
      draft: true,
      id: publishedId,
    })
    expect((await api.get(`/pages/${publishedId}?draft=true`)).body.title).toBe('Öppen sida')
    const list = await api.get('/pages?draft=true')
    expect(list.body.docs.map((d: { title: string }) => d.title)).toEqual(['Öppen sida'])
    const staffView = await api.get(`/pages/${publishedId}?draft=true`, { token: editor.token })
    expect(staffView.body.title).toBe('Ändrad men inte publicerad')
  })

  test('GraphQL lists published pages only', async () => {
    const res = await api.graphql('{ Pages(draft: true) { docs { title } } }')
    expect(res.body.data.Pages.docs).toEqual([{ title: 'Öppen sida' }])
    const one = await api.graphql(`{ Page(id: ${JSON.stringify(draftId)}, draft: true) { title } }`)
    expect(one.body.data?.Page ?? null).toBeNull()
  })

  test('the Local API with overrideAccess false applies the same rule', async () => {
    const res = await t.payload.find({ collection: 'pages', draft: true, overrideAccess: false })
    expect(res.docs.map((d) => d.title)).toEqual(['Öppen sida'])
  })

  test('users and versions are never readable', async () => {
    expect((await api.get('/users')).status).toBe(403)
    expect((await api.get(`/users/${admin.id}`)).status).toBe(403)
    expect((await api.get('/pages/versions')).status).toBe(403)
    const gql = await api.graphql('{ Users { docs { email } } }')
    expect(gql.body.errors?.[0]?.message).toBeTruthy()
    expect(gql.body.data?.Users ?? null).toBeNull()
    const local = t.payload.find({ collection: 'users', overrideAccess: false })
    await expect(local).rejects.toThrow()
  })

  test('cannot create, publish or delete', async () => {
    expect((await api.post('/pages', { body: { title: 'Intrång' } })).status).toBe(403)
    const publish = await api.patch(`/pages/${draftId}`, { body: { _status: 'published' } })
    expect(publish.status).toBe(403)
    expect((await api.delete(`/pages/${publishedId}`)).status).toBe(403)
  })
})

describe('staff', () => {
  test('a web editor creates a draft, sees it and publishes it', async () => {
    const created = await api.post('/pages?draft=true', {
      body: { title: 'Redaktörens sida' },
      token: editor.token,
    })
    expect(created.status).toBe(201)
    expect(created.body.doc._status).toBe('draft')
    const id = created.body.doc.id
    expect((await api.get(`/pages/${id}`)).status).toBe(404)
    const published = await api.patch(`/pages/${id}`, {
      body: { _status: 'published' },
      token: editor.token,
    })
    expect(published.status).toBe(200)
    expect((await api.get(`/pages/${id}`)).body.title).toBe('Redaktörens sida')
  })

  test('versions are readable by staff', async () => {
    const res = await api.get('/pages/versions', { token: communicator.token })
    expect(res.status).toBe(200)
    expect(res.body.totalDocs).toBeGreaterThan(0)
  })

  test('only administrators manage users; others see only themselves', async () => {
    const list = await api.get('/users', { token: editor.token })
    expect(list.body.docs.map((u: { id: unknown }) => u.id)).toEqual([editor.id])
    const create = await api.post('/users', {
      body: { email: 'ny@exempelkommun.se', name: 'Ny', password: 'x-Lösenord-123' },
      token: communicator.token,
    })
    expect(create.status).toBe(403)
    const byAdmin = await api.post('/users', {
      body: {
        email: 'ny@exempelkommun.se',
        name: 'Ny',
        password: 'x-Lösenord-123',
        role: 'kommunikator',
      },
      token: admin.token,
    })
    expect(byAdmin.status).toBe(201)
    expect(byAdmin.body.doc.role).toBe('kommunikator')
    expect(
      (await api.delete(`/users/${byAdmin.body.doc.id}`, { token: editor.token })).status,
    ).toBe(403)
  })

  test('an editor cannot raise their own role', async () => {
    const res = await api.patch(`/users/${editor.id}`, {
      body: { name: 'Redaktör', role: 'administrator' },
      token: editor.token,
    })
    expect(res.status).toBe(200)
    const stored = await t.payload.findByID({ collection: 'users', id: editor.id })
    expect(stored.role).toBe('webbredaktor')
    expect(stored.name).toBe('Redaktör')
  })
})
