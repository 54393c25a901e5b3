import { describe, expect, test } from '@jest/globals'

import { contentSecurityPolicy, securityHeaders } from '../../lib/security/contentSecurityPolicy'
import { trustedOrigins } from '../../lib/site'

const directive = (policy: string, name: string) =>
  policy
    .split(';')
    .map((d) => d.trim())
    .find((d) => d.startsWith(`${name} `))

describe('contentSecurityPolicy', () => {
  test('in production scripts need the nonce; nothing inline, no eval', () => {
    const policy = contentSecurityPolicy({ dev: false, nonce: 'abc123' })
    expect(directive(policy, 'script-src')).toBe(
      `script-src 'self' 'nonce-abc123' 'strict-dynamic'`,
    )
    expect(directive(policy, 'object-src')).toBe(`object-src 'none'`)
    // Workers only from the site itself or a blob it made (klarkoll's analysis), never elsewhere.
    expect(directive(policy, 'worker-src')).toBe(`worker-src 'self' blob:`)
    expect(directive(policy, 'frame-ancestors')).toBe(`frame-ancestors 'self'`)
    expect(policy).toContain('upgrade-insecure-requests')
  })

  test('next dev gets eval and the hot-reload socket, still no unsafe-inline for scripts', () => {
    const policy = contentSecurityPolicy({ dev: true, nonce: 'n' })
    expect(directive(policy, 'script-src')).toContain(`'unsafe-eval'`)
    expect(directive(policy, 'script-src')).not.toContain(`'unsafe-inline'`)
    expect(directive(policy, 'connect-src')).toContain('ws:')
    expect(policy).not.toContain('upgrade-insecure-requests')
  })

  test('HSTS only in production', () => {
    const keys = (production: boolean) => securityHeaders({ production }).map((h) => h.key)
    expect(keys(true)).toContain('Strict-Transport-Security')
    expect(keys(false)).not.toContain('Strict-Transport-Security')
    expect(keys(false)).toEqual(
      expect.arrayContaining(['X-Content-Type-Options', 'Referrer-Policy', 'X-Frame-Options']),
    )
  })
})

describe('trustedOrigins', () => {
  test("the site's own origin and the listed ones, each once", () => {
    expect(
      trustedOrigins({
        SITE_URL: 'https://www.exempelkommun.se/start',
        TRUSTED_ORIGINS: 'https://app.exempelkommun.se/, https://www.exempelkommun.se',
      }),
    ).toEqual(['https://www.exempelkommun.se', 'https://app.exempelkommun.se'])
    expect(trustedOrigins({ PORT: '3100' })).toEqual(['http://localhost:3100'])
  })

  test('a listed value that is no address is a Swedish error naming it', () => {
    expect(() => trustedOrigins({ TRUSTED_ORIGINS: 'exempelkommun' })).toThrow(
      'TRUSTED_ORIGINS: "exempelkommun" är ingen giltig adress',
    )
  })
})
