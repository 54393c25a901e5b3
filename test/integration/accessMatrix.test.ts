import type { CollectionSlug, GlobalSlug } from 'payload'

import { afterAll, beforeAll, describe, expect, test } from '@jest/globals'
import { formatNames } from 'payload'
import sharp from 'sharp'

import { seed } from '../../seed'
import {
  type Actor,
  actors,
  type Attempt,
  createProber,
  type Identity,
  type Operation,
  operations,
  type Outcome,
  type Surface,
  surfaces,
  type Target,
} from '../helpers/accessProbes'
import { startTestPayload, type TestPayload } from '../helpers/payload'
import { signIn } from '../helpers/users'

/**
 * Who may do what, on every surface. One row per collection and global; one character per actor
 * in the order anonym, webbredaktör, kommunikatör, administratör: `+` allowed, `-` refused.
 * An operation a collection does not have (drafts, versions) is left out of its row.
 * "readPublished" on users and preferences means reading the administrator's own document.
 */
/** Content with drafts: everyone reads what is published, staff do the rest. */
const publishable = {
  readPublished: '++++',
  readDraft: '-+++',
  create: '-+++',
  update: '-+++',
  publish: '-+++',
  delete: '-+++',
  readVersions: '-+++',
}

const expected: Record<string, Partial<Record<Operation, string>>> = {
  pages: publishable,
  'opening-hours': publishable,
  'contact-details': publishable,
  'e-services': publishable,
  media: { readPublished: '++++', create: '-+++', update: '-+++', delete: '-+++' },
  users: { readPublished: '---+', create: '---+', update: '---+', delete: '---+' },
  // The audit log of overridden warnings: communicators and administrators, and nobody writes it.
  'klarkoll-overrides': { readPublished: '--++', create: '----', update: '----', delete: '----' },
  'klarkoll-snapshots': { readPublished: '-+++', create: '----', update: '----', delete: '----' },
  'accessibility-issues': {
    readPublished: '-+++',
    create: '-+++',
    update: '-+++',
    delete: '--++',
  },
  'klarkoll-reviews': { readPublished: '-+++', create: '----', update: '----', delete: '----' },
  'klarkoll-links': { readPublished: '-+++', create: '----', update: '----', delete: '----' },
  'klarkoll-digests': { readPublished: '-+++', create: '----', update: '----', delete: '----' },
  'klarkoll-claims': { readPublished: '----', create: '----', update: '----', delete: '----' },
  // "Granska hela webbplatsen": communicators and administrators see its runs; nobody writes them.
  'klarkoll-audit-runs': {
    readPublished: '--++',
    create: '----',
    update: '----',
    delete: '----',
  },
  'payload-kv': { readPublished: '----', create: '----', update: '----', delete: '----' },
  'payload-jobs': { readPublished: '----', create: '----', update: '----', delete: '----' },
  'payload-locked-documents': {
    readPublished: '-+++',
    create: '-+++',
    update: '-+++',
    delete: '-+++',
  },
  'payload-preferences': {
    readPublished: '---+',
    create: '-+++',
    update: '---+',
    delete: '---+',
  },
  'payload-migrations': { readPublished: '----', create: '----', update: '----', delete: '----' },
  'global:accessibility-statement': { readPublished: '-+++', update: '--++' },
  'global:payload-jobs-stats': { readPublished: '----', update: '----' },
}

let t: TestPayload
let probe: ReturnType<typeof createProber>
const who = {} as Record<Actor, Identity>
let adminId: number | string
let pageId: number | string
let counter = 0
const unique = () => `${Date.now().toString(36)}-${++counter}`

beforeAll(async () => {
  t = await startTestPayload()
  probe = createProber(t.config, t.payload)
  // The seed makes the first account (administrator) and published demo content of every kind.
  const password = 'Matris-lösenord-1'
  await seed(t.payload, { adminPassword: password, today: '2026-11-21' })
  const login = await t.payload.login({
    collection: 'users',
    data: { email: 'admin@exempelkommun.se', password },
  })
  adminId = login.user!.id
  who.anonym = {}
  who.administrator = { token: login.token, user: login.user as never }
  for (const role of ['webbredaktor', 'kommunikator'] as const) {
    const signedIn = await signIn(t.payload, role)
    who[role] = { token: signedIn.token, user: signedIn.user }
  }
  pageId = (await t.payload.find({ collection: 'pages', limit: 1 })).docs[0]!.id
}, 120_000)
afterAll(async () => {
  await t?.stop()
})

/** A document's data without ids and generated values, so a copy is a valid new document. */
const stripped = (value: unknown): unknown => {
  if (Array.isArray(value)) return value.map(stripped)
  if (value && typeof value === 'object') {
    const skip = new Set(['id', 'createdAt', 'updatedAt', 'klarkoll', 'slug', 'contentOwner'])
    return Object.fromEntries(
      Object.entries(value)
        .filter(([key]) => !skip.has(key))
        .map(([key, inner]) => [key, stripped(inner)]),
    )
  }
  return value
}

/** A published demo document of the collection, copied, with a new title or name. */
const copyOfSeeded = async (collection: CollectionSlug, titleField: string) => {
  // A Swedish original for pages: a copy of a version would be a second version in its language.
  const { docs } = await t.payload.find({
    collection,
    depth: 0,
    limit: 1,
    ...(collection === 'pages' ? { where: { 'languageVersion.language': { equals: 'sv' } } } : {}),
  })
  const data = stripped(docs[0]) as Record<string, unknown>
  delete data.review
  delete data.mainContact
  const id = unique()
  return {
    ...data,
    [titleField]: `Matris ${id}`,
    ...('slug' in docs[0]! ? { slug: `matris-${id}` } : {}),
  }
}

const png = async () => ({
  data: await sharp({
    create: { background: '#00509e', channels: 3, height: 8, width: 8 },
  })
    .png()
    .toBuffer(),
  mimetype: 'image/png',
  name: `matris-${unique()}.png`,
})

type Fixture = {
  /** Valid data for a new document. */
  create: () => Promise<Record<string, unknown>>
  /** A harmless change that does not publish. */
  update: () => Promise<Record<string, unknown>> | Record<string, unknown>
  file?: () => Promise<NonNullable<Attempt['file']>>
}

const serviceFixture = (collection: CollectionSlug, titleField: string): Fixture => ({
  create: () => copyOfSeeded(collection, titleField),
  update: () => ({ [titleField]: `Ändrad ${unique()}` }),
})

const fixtures: Record<string, Fixture> = {
  pages: serviceFixture('pages', 'title'),
  'opening-hours': serviceFixture('opening-hours', 'name'),
  'contact-details': serviceFixture('contact-details', 'name'),
  'e-services': serviceFixture('e-services', 'title'),
  media: {
    create: async () => ({ alt: `Blå ruta ${unique()}` }),
    file: png,
    update: () => ({ alt: `Ändrad ${unique()}` }),
  },
  users: {
    create: async () => ({
      email: `matris-${unique()}@exempelkommun.se`,
      name: 'Matris',
      password: 'Matris-lösenord-2',
      role: 'webbredaktor',
    }),
    update: () => ({ name: `Ändrad ${unique()}` }),
  },
  'klarkoll-overrides': {
    create: async () => ({ collectionSlug: 'pages', documentId: String(pageId), reason: 'Prov' }),
    update: () => ({ reason: `Ändrad ${unique()}` }),
  },
  'klarkoll-snapshots': {
    create: async () => ({ date: `matris-${unique()}`, documents: 1 }),
    update: () => ({ documents: 2 }),
  },
  'accessibility-issues': {
    create: async () => ({
      description: 'Prov',
      review: 'forslag',
      source: 'manuell',
      status: 'planerad',
      summary: `Brist ${unique()}`,
    }),
    update: () => ({ summary: `Ändrad ${unique()}` }),
  },
  'klarkoll-reviews': {
    create: async () => ({ collectionSlug: 'pages', documentId: `matris-${unique()}` }),
    update: () => ({ nextReviewAt: '2030-01-01T00:00:00.000Z' }),
  },
  'klarkoll-links': {
    create: async () => ({ url: `https://exempel.se/${unique()}` }),
    update: () => ({ reason: 'Ändrad' }),
  },
  'klarkoll-digests': {
    create: async () => ({ recipient: 'matris@exempelkommun.se' }),
    update: () => ({ subject: 'Ändrad' }),
  },
  'klarkoll-claims': {
    create: async () => ({ key: `matris-${unique()}` }),
    update: () => ({ key: `ändrad-${unique()}` }),
  },
  'klarkoll-audit-runs': {
    create: async () => ({ state: 'done', total: 1 }),
    update: () => ({ done: 1 }),
  },
  'payload-kv': {
    create: async () => ({ data: { a: 1 }, key: `matris-${unique()}` }),
    update: () => ({ data: { a: 2 } }),
  },
  'payload-jobs': {
    create: async () => ({ input: {}, queue: 'matris', taskSlug: 'klarkollStaleness' }),
    update: () => ({ queue: 'annan' }),
  },
  'payload-locked-documents': {
    create: async () => ({
      document: { relationTo: 'pages', value: pageId },
      user: { relationTo: 'users', value: adminId },
    }),
    update: () => ({ globalSlug: 'matris' }),
  },
  'payload-preferences': {
    create: async () => ({
      key: `matris-${unique()}`,
      user: { relationTo: 'users', value: adminId },
      value: { a: 1 },
    }),
    update: () => ({ value: { a: 2 } }),
  },
  'payload-migrations': {
    create: async () => ({ batch: 99, name: `matris-${unique()}` }),
    update: () => ({ batch: 100 }),
  },
  'global:accessibility-statement': {
    create: async () => ({}),
    // The whole statement: GraphQL's input type requires every required field.
    update: async () => {
      const current = await t.payload.findGlobal({ slug: 'accessibility-statement', depth: 0 })
      const data = stripped(current) as Record<string, unknown>
      delete data.globalType
      return { ...data, organisation: `Exempelkommun ${unique()}` }
    },
  },
  'global:payload-jobs-stats': {
    create: async () => ({}),
    update: () => ({ stats: { matris: true } }),
  },
}

const targetOf = (key: string): Target => {
  if (key.startsWith('global:')) {
    const slug = key.slice('global:'.length) as GlobalSlug
    const global = t.config.globals.find((g) => g.slug === slug)!
    return {
      global: slug,
      graphql: global.graphQL === false ? null : { singular: formatNames(slug).singular },
    }
  }
  const collection = t.config.collections.find((c) => c.slug === key)!
  if (collection.graphQL === false) return { collection: key as CollectionSlug, graphql: null }
  const names = formatNames(key)
  const singular = collection.graphQL?.singularName ?? names.singular
  const plural = collection.graphQL?.pluralName ?? names.plural
  return {
    collection: key as CollectionSlug,
    graphql: { plural: plural === singular ? `all${plural}` : plural, singular },
  }
}

/** A fresh document, made as the system (overrideAccess), published or draft. */
const freshDocument = async (key: string, status: 'draft' | 'published') => {
  const fixture = fixtures[key]!
  const collection = key as CollectionSlug
  const drafts = Boolean(t.config.collections.find((c) => c.slug === key)?.versions)
  const doc = await t.payload.create({
    collection,
    data: { ...(await fixture.create()), ...(drafts ? { _status: status } : {}) } as never,
    depth: 0,
    draft: drafts && status === 'draft',
    user: who.administrator.user as never,
    ...(fixture.file
      ? { file: await fixture.file().then((f) => ({ ...f, size: f.data.length })) }
      : {}),
  })
  return doc.id
}

/** Whether the operation changed what is stored: the check that a refusal wrote nothing. */
const stored = async (key: string, id: number | string) =>
  t.payload.findByID({
    collection: key as CollectionSlug,
    depth: 0,
    disableErrors: true,
    draft: true,
    id,
  })

/** Payload's REST routes for preferences take the preference's key, not its id. */
const withRestKey = async (key: string, id: number | string): Promise<Attempt> => {
  if (key !== 'payload-preferences') return { id }
  const doc = await t.payload.findByID({ collection: 'payload-preferences', depth: 0, id })
  return { id, restKey: doc.key! }
}

const attemptFor = async (key: string, operation: Operation): Promise<Attempt> => {
  const fixture = fixtures[key]!
  if (key.startsWith('global:')) return { data: await fixture.update() }
  switch (operation) {
    case 'readPublished':
      return withRestKey(key, await freshDocument(key, 'published'))
    case 'readDraft':
      return { id: await freshDocument(key, 'draft') }
    case 'create':
      return { data: await fixture.create(), file: await fixture.file?.() }
    case 'update':
    case 'publish': {
      const data = await fixture.update()
      return { data, id: await freshDocument(key, 'draft') }
    }
    case 'delete':
      return withRestKey(key, await freshDocument(key, 'published'))
    case 'readVersions': {
      const id = await freshDocument(key, 'published')
      // A second version, so there is history to read.
      await t.payload.update({
        collection: key as CollectionSlug,
        data: (await fixture.update()) as never,
        id,
      })
      return { id }
    }
  }
}

const run = async (key: string, surface: Surface) => {
  const target = targetOf(key)
  const actual: Partial<Record<Operation, string>> = {}
  const failures: string[] = []
  for (const operation of operations) {
    if (!expected[key]![operation]) continue
    let row = ''
    for (const actor of actors) {
      const attempt = await attemptFor(key, operation)
      const before = attempt.id ? await stored(key, attempt.id) : null
      const outcome: Outcome = await probe(target, operation, surface, who[actor], attempt)
      if (outcome.startsWith('fel')) failures.push(`${operation} som ${actor}: ${outcome}`)
      row += outcome === 'allow' ? '+' : '-'
      // A refused write leaves the document exactly as it was.
      if (outcome === 'deny' && attempt.id && ['update', 'publish', 'delete'].includes(operation)) {
        expect(await stored(key, attempt.id)).toEqual(before)
      }
    }
    actual[operation] = row
  }
  return { actual, failures }
}

describe('the access matrix', () => {
  test('has a row for every collection and global, and only the operations each one has', () => {
    const keys = [
      ...t.config.collections.map((c) => c.slug),
      ...t.config.globals.map((g) => `global:${g.slug}`),
    ]
    expect(Object.keys(expected).sort()).toEqual(keys.sort())
    for (const collection of t.config.collections) {
      const ops = Object.keys(expected[collection.slug]!).sort()
      const drafts = Boolean(collection.versions && collection.versions.drafts)
      const wanted = ['readPublished', 'create', 'update', 'delete']
      if (drafts) wanted.push('readDraft', 'publish', 'readVersions')
      expect(ops).toEqual(wanted.sort())
    }
  })

  const keys = Object.keys(expected)
  for (const surface of surfaces) {
    describe(surface, () => {
      test.each(keys)(
        `%s`,
        async (key) => {
          const { actual, failures } = await run(key, surface)
          expect(failures).toEqual([])
          expect(actual).toEqual(expected[key])
        },
        60_000,
      )
    })
  }
})

/**
 * Every endpoint the project and Payload add besides the standard collection and global routes
 * (those are the matrix above), and what an anonymous visitor gets: `public` answers for a
 * published document and says 404 for a draft; `staff` refuses (401/403); `auth` are Payload's
 * sign-in routes, public by nature (the lockout is tested in security.test.ts); `nothing` answers
 * with no data. A new endpoint
 * fails the test until it is listed here.
 */
const endpointsExpected: Record<string, 'auth' | 'nothing' | 'public' | 'staff'> = {
  'POST /klarkoll/analyze': 'staff',
  'POST /klarkoll/check': 'staff',
  'GET /klarkoll/permissions': 'staff',
  'GET /klarkoll/report.csv': 'staff',
  'GET /klarkoll/site-audit': 'staff',
  'GET /klarkoll/versions/coverage': 'staff',
  'POST /klarkoll/site-audit': 'staff',
  'GET /klarkoll/scheduled-failures': 'staff',
  'GET /klarkoll/review': 'staff',
  'POST /klarkoll/review': 'staff',
  'GET /accessibility-statement': 'public',
  'GET /opening-hours/:id/status': 'public',
  'GET /opening-hours/:id/week': 'public',
  'GET /opening-hours/:id/json-ld': 'public',
  'GET /opening-hours/:id/osm': 'public',
  'GET /opening-hours/:id/calendar': 'public',
  'GET /opening-hours/open-now': 'public',
  'GET /opening-hours/feed': 'public',
  'GET /e-services/cpsv-ap': 'public',
  'GET /contact-details/:id/json-ld': 'public',
  'GET /e-services/:id/json-ld': 'public',
  'GET /media/paste-url/:id?': 'staff',
  'GET /media/file/:filename': 'public',
  // What the caller may do (Payload's permissions), for anyone asking about themselves.
  'GET /access': 'auth',
  // The admin's Open Graph image (Payload's REST route adds it on first use): no content of ours.
  'GET /og': 'auth',
  'POST /users/forgot-password': 'auth',
  'GET /users/init': 'auth',
  'POST /users/login': 'auth',
  'POST /users/logout': 'auth',
  'GET /users/me': 'auth',
  'POST /users/refresh-token': 'auth',
  'POST /users/first-register': 'auth',
  'POST /users/reset-password': 'auth',
  'POST /users/unlock': 'auth',
  'POST /users/verify/:id': 'auth',
  'GET /payload-jobs/run': 'staff',
  'GET /payload-jobs/handle-schedules': 'staff',
  // Payload answers a visitor's lookup of a preference with 200 and no value.
  'GET /payload-preferences/:key': 'nothing',
  'DELETE /payload-preferences/:key': 'staff',
  'POST /payload-preferences/:key': 'staff',
}

/** The project's and Payload's extra endpoints: everything but the standard routes. */
const extraEndpoints = () => {
  const standard = new Set(
    (t.config.collections.find((c) => c.slug === 'klarkoll-links')!.endpoints || []).map(
      (e) => `${e.method.toUpperCase()} ${e.path}`,
    ),
  )
  const found = t.config.endpoints.map((e) => `${e.method.toUpperCase()} ${e.path}`)
  for (const collection of t.config.collections) {
    for (const e of collection.endpoints || []) {
      if (!standard.has(`${e.method.toUpperCase()} ${e.path}`)) {
        found.push(`${e.method.toUpperCase()} /${collection.slug}${e.path}`)
      }
    }
  }
  return found
}

describe('endpoints besides the standard routes', () => {
  test('every one is listed', async () => {
    // The first REST request makes Payload's route handler add its /og endpoint.
    await probe.raw('GET', '/access', {})
    expect(extraEndpoints().sort()).toEqual(Object.keys(endpointsExpected).sort())
  })

  test('anonymous visitors reach the public ones for published documents only, never the rest', async () => {
    const media = await t.payload.create({
      collection: 'media',
      data: { alt: 'Blå ruta' },
      file: await png().then((f) => ({ ...f, size: f.data.length })),
    })
    const results: string[] = []
    for (const [route, kind] of Object.entries(endpointsExpected)) {
      if (kind === 'auth') continue
      const [method, path] = route.split(' ') as ['DELETE' | 'GET' | 'POST', string]
      const collection = path.split('/')[1]!
      const call = async (id?: number | string) => {
        const url = path
          .replace(':id?', '')
          .replace(':id', String(id))
          .replace(':filename', media.filename!)
          .replace(':key', 'nav')
        return probe.raw(method, url, {}, method === 'GET' ? undefined : '{}')
      }
      if (kind === 'staff') {
        const { status } = await call(pageId)
        if (![401, 403].includes(status)) results.push(`${route}: ${status}, väntat 401/403`)
        continue
      }
      if (kind === 'nothing') {
        const { body, status } = await call()
        if (status !== 200 || (body as { value?: unknown }).value !== null) {
          results.push(`${route}: ${status} ${JSON.stringify(body)}, väntat inget värde`)
        }
        continue
      }
      if (!path.includes(':id')) {
        const { status } = await call()
        if (status !== 200) results.push(`${route}: ${status}, väntat 200`)
        continue
      }
      const published = await freshDocument(collection, 'published')
      const draft = await freshDocument(collection, 'draft')
      const [onPublished, onDraft] = [(await call(published)).status, (await call(draft)).status]
      if (onPublished !== 200) results.push(`${route} publicerad: ${onPublished}, väntat 200`)
      if (onDraft !== 404) results.push(`${route} utkast: ${onDraft}, väntat 404`)
    }
    expect(results).toEqual([])
  }, 60_000)
})
