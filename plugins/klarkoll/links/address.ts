import type { LookupAddress, LookupOptions } from 'node:dns'

import ipaddr from 'ipaddr.js'
import { lookup as dnsLookup } from 'node:dns'
import { rootCertificates } from 'node:tls'
import { Agent } from 'undici'

/**
 * Whether an address is on the public internet. Editors' URLs are fetched from the server, so
 * a link to 127.0.0.1, 10.x, 169.254.169.254 (cloud metadata) or fd00:: would let anyone with an
 * editor account probe the municipality's internal network (SSRF).
 */
export const isPublicAddress = (address: string): boolean => {
  if (!ipaddr.isValid(address)) return false
  const parsed = ipaddr.parse(address)
  if (parsed.kind() === 'ipv4') return parsed.range() === 'unicast'
  const embedded = embeddedIPv4(parsed as ipaddr.IPv6)
  if (embedded) return embedded.range() === 'unicast'
  return parsed.range() === 'unicast'
}

/**
 * The IPv4 address inside an IPv6 one, for every form that carries one: mapped (::ffff:a.b.c.d),
 * compatible (::a.b.c.d, which ipaddr.js calls plain unicast), SIIT (::ffff:0:a.b.c.d), NAT64
 * (64:ff9b::/96 and 64:ff9b:1::/48) and 6to4 (2002:AABB:CCDD::). Such an address reaches the
 * embedded one, so it is judged by it. Teredo hides the address; it is never public here.
 */
const embeddedIPv4 = (address: ipaddr.IPv6): ipaddr.IPv4 | null => {
  const parts = address.parts
  const last32 = () =>
    new ipaddr.IPv4([parts[6]! >> 8, parts[6]! & 0xff, parts[7]! >> 8, parts[7]! & 0xff])
  const zeros = (from: number, to: number) => parts.slice(from, to).every((part) => part === 0)
  if (address.range() === 'teredo') return new ipaddr.IPv4([0, 0, 0, 0])
  if (address.range() === '6to4') {
    return new ipaddr.IPv4([parts[1]! >> 8, parts[1]! & 0xff, parts[2]! >> 8, parts[2]! & 0xff])
  }
  if (zeros(0, 5) && (parts[5] === 0 || parts[5] === 0xffff)) return last32()
  if (zeros(0, 4) && parts[4] === 0xffff && parts[5] === 0) return last32()
  if (parts[0] === 0x64 && parts[1] === 0xff9b && (parts[2] === 1 || zeros(2, 6))) return last32()
  return null
}

export class RefusedAddressError extends Error {
  code = 'EKLARKOLLREFUSED'
  constructor(hostname: string, address: string) {
    super(`${hostname} pekar på en intern adress (${address}).`)
    this.name = 'RefusedAddressError'
  }
}

type LookupCallback = (
  error: NodeJS.ErrnoException | null,
  address: LookupAddress[] | string,
  family?: number,
) => void

/**
 * A DNS lookup for outgoing connections that refuses internal addresses unless the host is
 * allowed. It runs when the socket connects, so a name that resolves to a public address for a
 * first check and to an internal one later (DNS rebinding) is still refused.
 */
export const guardedLookup =
  (allowHosts: ReadonlySet<string>) =>
  (hostname: string, options: LookupOptions, callback: LookupCallback): void => {
    dnsLookup(hostname, { ...options, all: true }, (error, addresses) => {
      if (error) return callback(error, [])
      const list = addresses as LookupAddress[]
      if (!allowHosts.has(hostname.toLowerCase())) {
        const internal = list.find((a) => !isPublicAddress(a.address))
        if (internal) return callback(new RefusedAddressError(hostname, internal.address), [])
      }
      if (options.all) return callback(null, list)
      const [first] = list
      if (!first) return callback(Object.assign(new Error('ENOTFOUND'), { code: 'ENOTFOUND' }), [])
      callback(null, first.address, first.family)
    })
  }

/** An IP literal in a URL ("127.0.0.1", "[::1]") is connected to without a lookup: check it here. */
export const literalRefused = (hostname: string, allowHosts: ReadonlySet<string>): boolean => {
  const bare = hostname.replace(/^\[|\]$/g, '')
  return ipaddr.isValid(bare) && !allowHosts.has(hostname.toLowerCase()) && !isPublicAddress(bare)
}

/**
 * A connection pool whose sockets look names up through the guard: the one way the server opens
 * connections for editors' addresses (link checker, the page check's browser). Given CAs are
 * added to the public ones, not put in their place.
 */
export const guardedAgent = ({
  allowHosts,
  ca = [],
  timeoutMs,
}: {
  allowHosts: ReadonlySet<string>
  ca?: string[]
  timeoutMs: number
}): Agent =>
  new Agent({
    bodyTimeout: timeoutMs,
    connect: {
      ...(ca.length > 0 ? { ca: [...rootCertificates, ...ca] } : {}),
      lookup: guardedLookup(allowHosts) as never,
      timeout: timeoutMs,
    },
    headersTimeout: timeoutMs,
  })
