import type { LookupAddress, LookupOptions } from 'node:dns'

import ipaddr from 'ipaddr.js'
import { lookup as dnsLookup } from 'node:dns'

/**
 * Whether an address is on the public internet. Editors' URLs are fetched from the server, so
 * a link to 127.0.0.1, 10.x, 169.254.169.254 (cloud metadata) or fd00:: would let anyone with an
 * editor account probe the municipality's internal network (SSRF).
 */
export const isPublicAddress = (address: string): boolean => {
  if (!ipaddr.isValid(address)) return false
  let parsed = ipaddr.parse(address)
  if (parsed.kind() === 'ipv6' && (parsed as ipaddr.IPv6).isIPv4MappedAddress()) {
    parsed = (parsed as ipaddr.IPv6).toIPv4Address()
  }
  return parsed.range() === 'unicast'
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
