import { afterAll, beforeAll, expect, test } from '@jest/globals'

import { createApiClient } from '../helpers/api'
import { startTestPayload, type TestPayload } from '../helpers/payload'

let t: TestPayload
beforeAll(async () => {
  t = await startTestPayload()
})
afterAll(async () => {
  await t?.stop()
})

test('smoke', async () => {
  await t.payload.create({ collection: 'pages', data: { title: 'Hej', _status: 'published' } })
  const api = createApiClient(t.config)
  const res = await api.get('/pages')
  expect(res.status).toBe(200)
  expect(res.body.docs[0].slug).toBe('hej')
  const gql = await api.graphql('{ Pages { docs { title } } }')
  expect(gql.body.data.Pages.docs[0].title).toBe('Hej')
})
