import { afterAll, beforeAll, describe, expect, test } from '@jest/globals'

import { doc, paragraph, plainText } from '../../seed/lexical'
import { createApiClient } from '../helpers/api'
import { startTestPayload, type TestPayload } from '../helpers/payload'
import { type SignedIn, signIn } from '../helpers/users'

let t: TestPayload
let api: ReturnType<typeof createApiClient>
let editor: SignedIn

beforeAll(async () => {
  t = await startTestPayload()
  api = createApiClient(t.config)
  await signIn(t.payload, 'administrator')
  editor = await signIn(t.payload, 'webbredaktor')
})
afterAll(async () => {
  await t?.stop()
})

describe('slug', () => {
  test('is generated from a Swedish title', async () => {
    const page = await t.payload.create({
      collection: 'pages',
      data: { title: 'Förskola på Åsen' },
      draft: true,
    })
    expect(page.slug).toBe('forskola-pa-asen')
  })

  test('can be chosen by the editor', async () => {
    const page = await t.payload.create({
      collection: 'pages',
      data: { generateSlug: false, slug: 'skola', title: 'Grundskola och gymnasium' },
      draft: true,
    })
    expect(page.slug).toBe('skola')
  })

  test('must be unique: a 400 naming the field, and nothing is written', async () => {
    const before = await t.payload.count({ collection: 'pages' })
    const res = await api.post('/pages', {
      body: { _status: 'published', slug: 'skola', title: 'En annan skolsida' },
      token: editor.token,
    })
    expect(res.status).toBe(400)
    expect(res.body.errors[0].data.errors[0].path).toBe('slug')
    expect(res.body.errors[0].message).toBe('Följande fält är ogiltigt: Adress (slug)')
    expect(res.body.errors[0].data.errors[0].message).toMatch(
      /^Adressen "skola" används redan av "Grundskola och gymnasium"/,
    )
    expect((await t.payload.count({ collection: 'pages' })).totalDocs).toBe(before.totalDocs)
  })

  test('a missing title is a 400 in Swedish naming the field', async () => {
    const res = await api.post('/pages', { body: { _status: 'published' }, token: editor.token })
    expect(res.status).toBe(400)
    const [error] = res.body.errors[0].data.errors
    expect(error.path).toBe('title')
    expect(res.body.errors[0].message).toMatch(/^Följande fält är ogiltiga: Rubrik/)
    expect(error.message).toMatch(/obligatoriskt/)
  })
})

describe('content', () => {
  test('ingress and Lexical body are stored and served', async () => {
    const body = doc(paragraph('Vi hämtar soporna varannan vecka.'))
    const created = await api.post('/pages', {
      body: { _status: 'published', body, ingress: 'Om sophämtning.', title: 'Sophämtning' },
      token: editor.token,
    })
    expect(created.status).toBe(201)
    const res = await api.get(`/pages/${created.body.doc.id}`)
    expect(res.body.ingress).toBe('Om sophämtning.')
    expect(plainText(res.body.body)).toBe('Vi hämtar soporna varannan vecka.')
  })

  test('English falls back to Swedish until it is translated', async () => {
    const page = await t.payload.create({
      collection: 'pages',
      data: {
        _status: 'published',
        ingress: 'Ingress på svenska.',
        slug: 'bibliotek',
        title: 'Bibliotek',
      },
    })
    const fallback = await api.get(`/pages/${page.id}?locale=en`)
    expect(fallback.body.title).toBe('Bibliotek')
    await t.payload.update({
      collection: 'pages',
      data: { title: 'Library' },
      id: page.id,
      locale: 'en',
    })
    expect((await api.get(`/pages/${page.id}?locale=en`)).body.title).toBe('Library')
    expect((await api.get(`/pages/${page.id}?locale=en`)).body.ingress).toBe('Ingress på svenska.')
    expect((await api.get(`/pages/${page.id}?locale=sv`)).body.title).toBe('Bibliotek')
  })
})

describe('drafts and versions', () => {
  test('a draft change is kept as a version and goes live only when published', async () => {
    const page = await t.payload.create({
      collection: 'pages',
      data: { _status: 'published', slug: 'simhallen', title: 'Simhallen' },
    })
    await api.patch(`/pages/${page.id}?draft=true`, {
      body: { title: 'Simhallen stänger' },
      token: editor.token,
    })
    expect((await api.get(`/pages/${page.id}`)).body.title).toBe('Simhallen')

    const published = await api.patch(`/pages/${page.id}`, {
      body: { _status: 'published', title: 'Simhallen stänger i juli' },
      token: editor.token,
    })
    expect(published.status).toBe(200)
    expect((await api.get(`/pages/${page.id}`)).body.title).toBe('Simhallen stänger i juli')

    const versions = await t.payload.findVersions({
      collection: 'pages',
      sort: 'createdAt',
      where: { parent: { equals: page.id } },
    })
    expect(versions.docs.map((v) => v.version.title)).toEqual([
      'Simhallen',
      'Simhallen stänger',
      'Simhallen stänger i juli',
    ])
  })

  test('a write with draft=true can never publish', async () => {
    const res = await api.post('/pages?draft=true', {
      body: { _status: 'published', title: 'Smyg' },
      token: editor.token,
    })
    expect(res.body.doc._status).toBe('draft')
    expect((await api.get(`/pages/${res.body.doc.id}`)).status).toBe(404)
  })
})
