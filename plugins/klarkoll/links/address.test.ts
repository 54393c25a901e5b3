import { describe, expect, test } from '@jest/globals'

import { guardedLookup, isPublicAddress, literalRefused } from './address'

describe('SSRF protection', () => {
  test('only public unicast addresses are fetched', () => {
    for (const internal of [
      '127.0.0.1',
      '10.1.2.3',
      '172.16.0.1',
      '192.168.1.1',
      '169.254.169.254', // cloud metadata
      '0.0.0.0',
      '100.64.0.1', // carrier-grade NAT
      '::1',
      'fd00::1',
      'fe80::1',
      '::ffff:127.0.0.1', // IPv4-mapped loopback
      'inte-en-adress',
    ]) {
      expect([internal, isPublicAddress(internal)]).toEqual([internal, false])
    }
  })

  // Issue 15, item 11: every IPv6 form that embeds an IPv4 address is judged by that address.
  test('IPv6 addresses that embed an internal IPv4 address are internal', () => {
    for (const internal of [
      '::7f00:1', // IPv4-compatible 127.0.0.1
      '::127.0.0.1',
      '::a9fe:a9fe', // 169.254.169.254
      '::ffff:0:7f00:1', // SIIT
      '64:ff9b::a00:1', // NAT64 10.0.0.1
      '64:ff9b:1::7f00:1',
      '2002:7f00:1::', // 6to4 127.0.0.1
      '2002:c0a8:101::1', // 6to4 192.168.1.1
      '2001:0:4136:e378:8000:63bf:3fff:fdd2', // Teredo hides its address
    ]) {
      expect([internal, isPublicAddress(internal)]).toEqual([internal, false])
    }
    expect(isPublicAddress('93.184.216.34')).toBe(true)
    expect(isPublicAddress('2606:2800:220:1::1')).toBe(true)
    expect(isPublicAddress('::ffff:93.184.216.34')).toBe(true)
    expect(isPublicAddress('2002:5db8:d822::1')).toBe(true)
  })

  test('IP literals in URLs are refused unless allowed', () => {
    expect(literalRefused('127.0.0.1', new Set())).toBe(true)
    expect(literalRefused('[::1]', new Set())).toBe(true)
    expect(literalRefused('[::7f00:1]', new Set())).toBe(true)
    expect(literalRefused('127.0.0.1', new Set(['127.0.0.1']))).toBe(false)
    expect(literalRefused('www.exempel.se', new Set())).toBe(false)
  })

  test('a name that resolves to an internal address is refused at connect time', async () => {
    const lookup = guardedLookup(new Set())
    const error = await new Promise<Error | null>((resolve) =>
      lookup('localhost', {}, (e) => resolve(e)),
    )
    expect(error?.message).toMatch(/localhost pekar på en intern adress/)
    const allowed = guardedLookup(new Set(['localhost']))
    const address = await new Promise<unknown>((resolve) =>
      allowed('localhost', {}, (_e, a) => resolve(a)),
    )
    expect(typeof address).toBe('string')
  })
})
