import { afterAll, beforeAll, describe, expect, test } from '@jest/globals'

import { REST_GET, REST_OPTIONS, REST_POST } from '@payloadcms/next/routes'

import { startTestPayload, type TestPayload } from '../helpers/payload'
import { signIn } from '../helpers/users'

let t: TestPayload
const site = 'https://www.exempelkommun.se'
const frontEnd = 'https://app.exempelkommun.se'

beforeAll(async () => {
  t = await startTestPayload({
    env: { NODE_ENV: 'production', SITE_URL: site, TRUSTED_ORIGINS: `${frontEnd}/` },
  })
  await signIn(t.payload, 'administrator')
}, 60_000)
afterAll(async () => {
  await t?.stop()
})

const call = async (
  method: 'GET' | 'OPTIONS' | 'POST',
  path: string,
  headers: Record<string, string> = {},
  body?: unknown,
) => {
  const url = new URL(`${site}/api${path}`)
  const handler = { GET: REST_GET, OPTIONS: REST_OPTIONS, POST: REST_POST }[method](t.config)
  const response = await handler(
    new Request(url, {
      body: body === undefined ? undefined : JSON.stringify(body),
      headers: { ...(body ? { 'Content-Type': 'application/json' } : {}), ...headers },
      method,
    }),
    { params: Promise.resolve({ slug: url.pathname.split('/').slice(2) }) },
  )
  return { body: await response.json().catch(() => null), headers: response.headers, response }
}

const login = (email: string, password: string) =>
  call('POST', '/users/login', { Origin: site }, { email, password })

describe('signing in', () => {
  test('five wrong passwords lock the account, even against the right one', async () => {
    const editor = await signIn(t.payload, 'webbredaktor')
    const email = editor.user.email as string
    for (let i = 0; i < 5; i++) {
      expect((await login(email, 'fel-lösenord')).response.status).toBe(401)
    }
    const locked = await login(email, 'Testlösenord-123')
    expect(locked.response.status).toBe(401)
    expect(locked.body.errors[0].message).toMatch(/låst/i)
  })

  test('the session cookie is HttpOnly, Secure in production and SameSite=Lax', async () => {
    const editor = await signIn(t.payload, 'kommunikator')
    const res = await login(editor.user.email as string, 'Testlösenord-123')
    expect(res.response.status).toBe(200)
    const cookie = res.headers.get('set-cookie')!
    expect(cookie).toMatch(/payload-token=/)
    expect(cookie).toMatch(/HttpOnly/i)
    expect(cookie).toMatch(/Secure/i)
    expect(cookie).toMatch(/SameSite=Lax/i)
  })
})

describe('cross-site requests', () => {
  test("a session cookie counts only from the site's own origins (CSRF)", async () => {
    const editor = await signIn(t.payload, 'webbredaktor')
    const cookie = `payload-token=${editor.token}`
    const me = async (headers: Record<string, string>) =>
      (await call('GET', '/users/me', { Cookie: cookie, ...headers })).body.user
    expect(await me({ Origin: site })).toMatchObject({ id: editor.id })
    expect(await me({ Origin: frontEnd })).toMatchObject({ id: editor.id })
    expect(await me({ 'Sec-Fetch-Site': 'same-origin' })).toMatchObject({ id: editor.id })
    expect(await me({ Origin: 'https://angripare.example' })).toBeNull()
    expect(await me({ 'Sec-Fetch-Site': 'cross-site' })).toBeNull()
    // A token in the Authorization header is not sent by browsers on their own: always counts.
    const byToken = await call('GET', '/users/me', { Authorization: `JWT ${editor.token}` })
    expect(byToken.body.user).toMatchObject({ id: editor.id })
  })

  test('browsers may call the API from the trusted origins only (CORS)', async () => {
    const preflight = async (origin: string) =>
      (
        await call('OPTIONS', '/pages', {
          'Access-Control-Request-Method': 'GET',
          Origin: origin,
        })
      ).headers.get('access-control-allow-origin')
    expect(await preflight(site)).toBe(site)
    expect(await preflight(frontEnd)).toBe(frontEnd)
    expect(await preflight('https://angripare.example')).not.toBe('https://angripare.example')
    const read = await call('GET', '/pages', { Origin: 'https://angripare.example' })
    expect(read.headers.get('access-control-allow-origin')).not.toBe('https://angripare.example')
  })
})
