import { afterAll, beforeAll, describe, expect, test } from '@jest/globals'

import { createApiClient } from '../helpers/api'
import { startTestPayload, type TestPayload } from '../helpers/payload'
import { signIn, type SignedIn } from '../helpers/users'

/**
 * The outside review's findings (issue 15), one test each, named after the item. Each sends what
 * the reviewer sent, through the same route handlers the app serves.
 */
let t: TestPayload
let api: ReturnType<typeof createApiClient>
let editor: SignedIn

beforeAll(async () => {
  t = await startTestPayload({ env: { SITE_URL: 'https://www.exempelkommun.se' } })
  api = createApiClient(t.config)
  editor = await signIn(t.payload, 'webbredaktor')
  await t.payload.create({
    collection: 'pages',
    data: { _status: 'published', title: 'Bygglov' },
  })
}, 120_000)
afterAll(async () => {
  await t?.stop()
})

describe('2. GraphQL: oversized and abusive documents are refused before validation', () => {
  const ids = (count: number) => `{ Pages(limit: 1) { docs { ${'id '.repeat(count)}} } }`

  test('150 KB of repeated fields is refused with a Swedish 413, anonymous and signed in', async () => {
    for (const token of [undefined, editor.token]) {
      const res = await api.graphql(ids(50_000), { token })
      expect(res.status).toBe(413)
      expect(res.body.errors[0].message).toMatch(/för stor/)
    }
  })

  test.each([
    ['repeated fields', ids(100), /fältet "id" flera gånger/],
    [
      'many tokens',
      `{ Pages(where: { or: [${'{ id: { equals: 1 } } '.repeat(500)}] }) { docs { id } } }`,
      /för många delar/,
    ],
    [
      'aliases',
      `{ ${Array.from({ length: 30 }, (_, i) => `p${i}: Pages(limit: 1) { docs { id } }`).join(' ')} }`,
      /för många alias/,
    ],
    ['depth', `{ Pages { docs { ${'a { '.repeat(20)}id${' }'.repeat(20)} } } }`, /för djup/],
  ])('%s: a 400 with a Swedish message', async (_name, query, message) => {
    const res = await api.graphql(query)
    expect(res.status).toBe(400)
    expect(res.body.errors[0].message).toMatch(message)
  })

  test('the public site’s queries still work', async () => {
    const res = await api.graphql(
      '{ Pages(limit: 2) { docs { id title slug } totalDocs } OpeningHours(limit: 1) { docs { id name } } }',
    )
    expect(res.status).toBe(200)
    expect(res.body.errors).toBeUndefined()
    expect(res.body.data.Pages.docs).toEqual([expect.objectContaining({ title: 'Bygglov' })])
  })
})
