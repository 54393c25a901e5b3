import type { LinkResult, ResolvedLinkCheckOptions } from './types'

import { checkUrl } from './checkUrl'

const hostOf = (url: string) => {
  try {
    return new URL(url).host.toLowerCase()
  } catch {
    return ''
  }
}

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms))

/**
 * Checks many URLs politely: at most `concurrency` requests at once, one host at a time per
 * worker and `perHostIntervalMs` between requests to the same host, so a municipality's own
 * e-service platform is not hammered by its own CMS.
 */
export const checkUrls = async (
  urls: string[],
  options: ResolvedLinkCheckOptions,
  check: typeof checkUrl = checkUrl,
): Promise<LinkResult[]> => {
  const byHost = new Map<string, string[]>()
  for (const url of new Set(urls)) {
    const host = hostOf(url)
    byHost.set(host, [...(byHost.get(host) ?? []), url])
  }
  const hosts = [...byHost.entries()]
  const results: LinkResult[] = []
  const worker = async () => {
    for (let next = hosts.shift(); next; next = hosts.shift()) {
      const [, list] = next
      for (const [index, url] of list.entries()) {
        if (index > 0) await sleep(options.perHostIntervalMs)
        results.push(await check(url, options))
      }
    }
  }
  await Promise.all(Array.from({ length: Math.max(1, options.concurrency) }, worker))
  return results
}
