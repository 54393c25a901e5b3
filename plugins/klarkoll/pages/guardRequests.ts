import type { BrowserContext, Request as BrowserRequest, Route } from 'playwright-core'

import { request } from 'undici'

import { guardedAgent, literalRefused, RefusedAddressError } from '../links/address'

export type BrowserGuardOptions = {
  /** Hosts on an internal network that may still be fetched (the link checker's allowHosts). */
  allowHosts: ReadonlySet<string>
  /** Largest response body passed on to the browser. */
  maxBytes?: number
  /** The public site: the only origin whose documents the browser may open. */
  siteOrigin: string
  timeoutMs?: number
}

// Hop-by-hop and length headers: undici and Playwright set their own.
const dropRequest = new Set([
  'accept-encoding',
  'connection',
  'content-length',
  'host',
  'keep-alive',
])
const dropResponse = new Set(['connection', 'content-length', 'keep-alive', 'transfer-encoding'])

const forwardHeaders = async (browserRequest: BrowserRequest) => {
  const headers: Record<string, string> = { 'accept-encoding': 'identity' }
  for (const [name, value] of Object.entries(await browserRequest.allHeaders())) {
    if (!name.startsWith(':') && !dropRequest.has(name)) headers[name] = value
  }
  return headers
}

const responseHeaders = (headers: Record<string, string | string[] | undefined>) => {
  const out: Record<string, string> = {}
  for (const [name, value] of Object.entries(headers)) {
    if (value === undefined || dropResponse.has(name)) continue
    out[name] = Array.isArray(value) ? value.join(name === 'set-cookie' ? '\n' : ', ') : value
  }
  return out
}

const readCapped = async (body: AsyncIterable<Uint8Array>, maxBytes: number) => {
  const chunks: Uint8Array[] = []
  let length = 0
  for await (const chunk of body) {
    length += chunk.byteLength
    if (length > maxBytes) throw new Error(`Svaret är större än ${maxBytes} byte.`)
    chunks.push(chunk)
  }
  return Buffer.concat(chunks)
}

/**
 * Sends every request the server's Chromium makes through the link checker's SSRF guard: the
 * browser never connects anywhere itself. Documents (the page, frames, redirects, refreshes)
 * may only come from the public site's origin; sub-resources from the site or from public
 * addresses. Requests are made by undici, one hop at a time, so a redirect comes back to the
 * browser and through this guard again. Returns what was refused, for the report.
 */
export const guardBrowserRequests = async (
  context: BrowserContext,
  { allowHosts, maxBytes = 10 * 1024 * 1024, siteOrigin, timeoutMs = 15_000 }: BrowserGuardOptions,
): Promise<{ close: () => Promise<void>; refused: string[] }> => {
  // The site itself may live on an internal address (it is ours); that allows its origin, port
  // included, not every service on the same host.
  const siteAgent = guardedAgent({
    allowHosts: new Set([new URL(siteOrigin).hostname.toLowerCase()]),
    timeoutMs,
  })
  const agent = guardedAgent({ allowHosts, timeoutMs })
  const refused: string[] = []
  const refuse = async (route: Route, url: string) => {
    refused.push(url)
    await route.abort('blockedbyclient').catch(() => {})
  }

  // Whether this guard lets the request out.
  const allowedOut = (url: URL, isDocument: boolean) => {
    if (url.protocol !== 'http:' && url.protocol !== 'https:') return false
    const onSite = url.origin === siteOrigin
    if (isDocument && !onSite) return false
    return onSite || !literalRefused(url.hostname, allowHosts)
  }

  await context.route('**/*', async (route) => {
    const browserRequest = route.request()
    const isDocument = browserRequest.isNavigationRequest()
    let url: URL
    try {
      url = new URL(browserRequest.url())
    } catch {
      return refuse(route, browserRequest.url())
    }
    const headers = await forwardHeaders(browserRequest)
    let method = browserRequest.method()
    let body = browserRequest.postDataBuffer() ?? undefined
    try {
      // Playwright routes only the first request of a redirect chain, so the chain is followed
      // here, every hop through the guard, and the browser gets the last answer.
      for (let hop = 0; ; hop++) {
        if (!allowedOut(url, isDocument)) return await refuse(route, url.href)
        const response = await request(url, {
          body,
          dispatcher: url.origin === siteOrigin ? siteAgent : agent,
          headers,
          maxRedirections: 0,
          method: method as 'GET',
          signal: AbortSignal.timeout(timeoutMs),
        } as never)
        const location = response.headers.location
        if (response.statusCode >= 300 && response.statusCode < 400 && location && hop < 5) {
          response.body.on('error', () => {})
          response.body.destroy()
          url = new URL(Array.isArray(location) ? location[0]! : location, url)
          if (response.statusCode !== 307 && response.statusCode !== 308) {
            method = 'GET'
            body = undefined
          }
          continue
        }
        await route.fulfill({
          body: await readCapped(response.body, maxBytes),
          headers: responseHeaders(response.headers),
          status: response.statusCode,
        })
        return
      }
    } catch (error) {
      const cause = (error as { cause?: unknown }).cause
      if (error instanceof RefusedAddressError || cause instanceof RefusedAddressError) {
        return refuse(route, url.href)
      }
      await route.abort('failed').catch(() => {})
    }
  })
  return {
    close: async () => void (await Promise.all([agent.close(), siteAgent.close()])),
    refused,
  }
}
