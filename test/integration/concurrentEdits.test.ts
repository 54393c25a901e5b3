import { afterAll, beforeAll, expect, test } from '@jest/globals'

import { doc, paragraph as lexicalParagraph } from '../../seed/lexical'
import { createApiClient } from '../helpers/api'
import { startTestPayload, type TestPayload } from '../helpers/payload'
import { type SignedIn, signIn } from '../helpers/users'

let t: TestPayload
let api: ReturnType<typeof createApiClient>
let anna: SignedIn
let bertil: SignedIn

beforeAll(async () => {
  t = await startTestPayload()
  api = createApiClient(t.config)
  await signIn(t.payload, 'administrator')
  anna = await signIn(t.payload, 'webbredaktor')
  bertil = await signIn(t.payload, 'kommunikator')
}, 60_000)
afterAll(async () => {
  await t?.stop()
})

type StoredBody = { root: { children: { children: { text: string }[] }[] } }

/** A page body of one paragraph, as the editor stores it. */
const paragraph = (text: string) => doc(lexicalParagraph(text))

let pages = 0
const newPage = async () =>
  (
    await t.payload.create({
      collection: 'pages',
      data: {
        _status: 'draft',
        body: paragraph('Första texten.') as never,
        slug: `bibliotek-${++pages}`,
        title: 'Bibliotekets tider',
      },
      draft: true,
    })
  ).id

test('while one editor has the page open, another cannot save over it', async () => {
  const id = await newPage()
  // What the admin does when Anna opens the page: Payload's document lock.
  await t.payload.create({
    collection: 'payload-locked-documents',
    data: {
      document: { relationTo: 'pages', value: id },
      user: { relationTo: 'users', value: anna.id as number },
    },
  })
  const res = await api.patch(`/pages/${id}?draft=true`, {
    body: { title: 'Bertils rubrik' },
    token: bertil.token,
  })
  expect(res.status).toBe(423)
  expect(res.body.errors[0].message).toMatch(/låst|redigeras/i)
  const stored = await t.payload.findByID({ collection: 'pages', draft: true, id })
  expect(stored.title).toBe('Bibliotekets tider')
  // Anna herself saves as usual.
  const own = await api.patch(`/pages/${id}?draft=true`, {
    body: { title: 'Annas rubrik' },
    token: anna.token,
  })
  expect(own.status).toBe(200)
})

test('two saves from stale copies: the later wins, and the earlier is kept as a version to restore', async () => {
  const id = await newPage()
  // Both have loaded the same text; Anna changes the heading, Bertil the body from his old copy.
  const annasSave = await api.patch(`/pages/${id}?draft=true`, {
    body: { body: paragraph('Första texten.'), title: 'Annas nya rubrik' },
    token: anna.token,
  })
  expect(annasSave.status).toBe(200)
  const bertilsSave = await api.patch(`/pages/${id}?draft=true`, {
    body: { body: paragraph('Bertils nya text.'), title: 'Bibliotekets tider' },
    token: bertil.token,
  })
  expect(bertilsSave.status).toBe(200)

  const current = await t.payload.findByID({ collection: 'pages', draft: true, id })
  expect(current.title).toBe('Bibliotekets tider')
  // Nothing is lost: Anna's save is a version of its own, readable by staff over the API.
  const versions = await api.get(
    `/pages/versions?where[parent][equals]=${id}&sort=-updatedAt&depth=0`,
    { token: bertil.token },
  )
  expect(versions.status).toBe(200)
  const titles = versions.body.docs.map((v: { version: { title: string } }) => v.version.title)
  expect(titles).toEqual(['Bibliotekets tider', 'Annas nya rubrik', 'Bibliotekets tider'])
  const annas = versions.body.docs[1]
  expect(annas.version.body.root.children[0].children[0].text).toBe('Första texten.')

  // Restoring Anna's version brings her heading back; Bertil's body stays in the history.
  const restored = await api.post(`/pages/versions/${annas.id}`, { body: {}, token: anna.token })
  expect(restored.status).toBe(200)
  const after = await t.payload.findByID({ collection: 'pages', draft: true, id })
  expect(after.title).toBe('Annas nya rubrik')
  const history = await t.payload.findVersions({
    collection: 'pages',
    depth: 0,
    where: { parent: { equals: id } },
  })
  const texts = history.docs.map(
    (v) => (v.version.body as unknown as StoredBody).root.children[0]!.children[0]!.text,
  )
  expect(texts).toContain('Bertils nya text.')
})
