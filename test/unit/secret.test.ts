import { describe, expect, test } from '@jest/globals'
import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'

import { MissingSecretError, resolvePayloadSecret } from '../../lib/secret'

const tempDir = () => fs.mkdtempSync(path.join(os.tmpdir(), 'klarkoll-secret-'))

describe('resolvePayloadSecret', () => {
  test('PAYLOAD_SECRET from the environment wins', () => {
    const dataDir = tempDir()
    expect(resolvePayloadSecret({ dataDir, env: { PAYLOAD_SECRET: ' s3cret ' } })).toBe('s3cret')
    expect(fs.existsSync(path.join(dataDir, 'payload-secret'))).toBe(false)
  })

  test('production without a secret is refused with a clear message', () => {
    const run = () => resolvePayloadSecret({ dataDir: tempDir(), env: { NODE_ENV: 'production' } })
    expect(run).toThrow(MissingSecretError)
    expect(run).toThrow(/PAYLOAD_SECRET saknas/)
  })

  test('next build may import the config without a secret', () => {
    const secret = resolvePayloadSecret({
      dataDir: tempDir(),
      env: { NEXT_PHASE: 'phase-production-build', NODE_ENV: 'production' },
    })
    expect(secret.length).toBeGreaterThan(10)
  })

  test('development generates one secret and keeps it across restarts', () => {
    const dataDir = path.join(tempDir(), 'data')
    const first = resolvePayloadSecret({ dataDir, env: { NODE_ENV: 'development' } })
    const second = resolvePayloadSecret({ dataDir, env: { NODE_ENV: 'development' } })
    expect(first).toMatch(/^[0-9a-f]{64}$/)
    expect(second).toBe(first)
    const mode = fs.statSync(path.join(dataDir, 'payload-secret')).mode & 0o777
    expect(mode).toBe(0o600)
  })
})
