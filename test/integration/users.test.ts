import { afterAll, beforeAll, expect, test } from '@jest/globals'

import { createApiClient } from '../helpers/api'
import { startTestPayload, type TestPayload } from '../helpers/payload'

let t: TestPayload
let api: ReturnType<typeof createApiClient>

beforeAll(async () => {
  t = await startTestPayload()
  api = createApiClient(t.config)
})
afterAll(async () => {
  await t?.stop()
})

test('the first account, made on /admin/create-first-user, becomes administrator', async () => {
  const res = await api.post('/users/first-register', {
    body: { email: 'forst@exempelkommun.se', name: 'Först', password: 'Första-lösen-1' },
  })
  expect(res.status).toBe(200)
  expect(res.body.user.role).toBe('administrator')
  // Once a user exists, registering that way is closed.
  const second = await api.post('/users/first-register', {
    body: { email: 'andra@exempelkommun.se', name: 'Andra', password: 'Andra-lösen-1' },
  })
  expect(second.status).toBe(403)
})

test('later accounts default to webbredaktör', async () => {
  const user = await t.payload.create({
    collection: 'users',
    // No role given: the generated type asks for one, the collection has a default.
    data: { email: 'red@exempelkommun.se', name: 'Red', password: 'Red-lösen-123' } as never,
  })
  expect(user.role).toBe('webbredaktor')
})

test('five wrong passwords lock the account', async () => {
  const wrong = { email: 'red@exempelkommun.se', password: 'fel' }
  for (let i = 0; i < 5; i++) {
    expect((await api.post('/users/login', { body: wrong })).status).toBe(401)
  }
  const locked = await api.post('/users/login', {
    body: { email: 'red@exempelkommun.se', password: 'Red-lösen-123' },
  })
  expect(locked.status).toBe(401)
  expect(JSON.stringify(locked.body)).toMatch(/låst/i)
})
