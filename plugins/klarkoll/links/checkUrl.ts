import { type Agent, request } from 'undici'

import type { LinkResult, ResolvedLinkCheckOptions } from './types'

import { guardedAgent, literalRefused, RefusedAddressError } from './address'
import { classifyError, classifyStatus, isLoginRedirect } from './classify'

const agents = new WeakMap<ResolvedLinkCheckOptions, Agent>()

/** One connection pool per option set, through the SSRF guard. */
const agentFor = (options: ResolvedLinkCheckOptions): Agent => {
  let agent = agents.get(options)
  if (!agent) {
    agent = guardedAgent({
      allowHosts: options.allowHosts,
      ca: options.ca,
      timeoutMs: options.timeoutMs,
    })
    agents.set(options, agent)
  }
  return agent
}

type Attempt = Omit<LinkResult, 'attempts' | 'checkedAt' | 'elapsedMs' | 'url'>

const send = async (url: URL, method: 'GET' | 'HEAD', options: ResolvedLinkCheckOptions) => {
  if (literalRefused(url.hostname, options.allowHosts)) {
    throw new RefusedAddressError(url.hostname, url.hostname)
  }
  const response = await request(url, {
    dispatcher: agentFor(options),
    headers: {
      accept: 'text/html,application/xhtml+xml,*/*;q=0.8',
      'user-agent': options.userAgent,
      ...(method === 'GET' ? { range: 'bytes=0-0' } : {}),
    },
    maxRedirections: 0,
    method,
    // One request per URL with pauses between: no keep-alive sockets left open after a run.
    reset: true,
    signal: AbortSignal.timeout(options.timeoutMs),
  } as never)
  // Only the status matters: drop the body without reading it (a later abort of the finished
  // request must not surface as an unhandled stream error).
  response.body.on('error', () => {})
  response.body.destroy()
  return { location: response.headers.location, status: response.statusCode }
}

/** HEAD, then GET where servers do not answer HEAD properly; redirects followed one by one. */
const attempt = async (url: string, options: ResolvedLinkCheckOptions): Promise<Attempt> => {
  let current: URL
  try {
    current = new URL(url)
  } catch {
    return { outcome: 'broken', reason: 'Adressen är inte en giltig webbadress.' }
  }
  if (current.protocol !== 'http:' && current.protocol !== 'https:') {
    return { outcome: 'refused', reason: 'Bara http- och https-länkar kontrolleras.' }
  }
  try {
    for (let hop = 0; hop <= options.maxRedirects; hop++) {
      let { location, status } = await send(current, 'HEAD', options)
      if (status === 405 || status === 501 || status === 400 || status === 404 || status === 403) {
        // Many servers refuse or mishandle HEAD; GET (one byte) is the second opinion.
        ;({ location, status } = await send(current, 'GET', options))
      }
      const finalUrl = hop > 0 ? current.toString() : undefined
      if (status >= 300 && status < 400 && status !== 304 && location) {
        const next = new URL(Array.isArray(location) ? location[0]! : location, current)
        if (isLoginRedirect(next)) {
          return {
            finalUrl: next.toString(),
            httpStatus: status,
            outcome: 'ok',
            reason: 'Leder till en inloggning – räknas som fungerande.',
          }
        }
        if (next.protocol !== 'http:' && next.protocol !== 'https:') {
          return {
            httpStatus: status,
            outcome: 'broken',
            reason: 'Omdirigeras till en adress som inte är en webbsida.',
          }
        }
        current = next
        continue
      }
      return { ...classifyStatus(status), httpStatus: status, ...(finalUrl ? { finalUrl } : {}) }
    }
    return {
      outcome: 'broken',
      reason: `Fler än ${options.maxRedirects} omdirigeringar – kontrollera adressen.`,
    }
  } catch (error) {
    return classifyError(error, options.timeoutMs)
  }
}

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms))

/**
 * Checks one URL, retrying before calling it broken or unsure: a server that was briefly down
 * should not block an e-service or alarm an owner.
 */
export const checkUrl = async (
  url: string,
  options: ResolvedLinkCheckOptions,
): Promise<LinkResult> => {
  const started = Date.now()
  let result: Attempt = await attempt(url, options)
  let attempts = 1
  while (
    (result.outcome === 'broken' || result.outcome === 'unsure') &&
    attempts <= options.retries
  ) {
    await sleep(options.retryDelayMs)
    result = await attempt(url, options)
    attempts++
  }
  return {
    ...result,
    attempts,
    checkedAt: new Date().toISOString(),
    elapsedMs: Date.now() - started,
    url,
  }
}
