/**
 * The same page, however the address is written: http or https, "www." or not, a trailing
 * slash, "index.html", a fragment or the order of the query (ACT b20e66 and 4b1c6c ask whether
 * targets serve the same purpose; addresses to one page always do).
 */
export const samePage = (href: string): string => {
  let url: URL
  try {
    url = new URL(href, 'https://sidan.invalid/')
  } catch {
    return href
  }
  if (!/^https?:$/u.test(url.protocol)) return href.trim().toLowerCase()
  url.searchParams.sort()
  const path = url.pathname.replace(/\/index\.html?$/iu, '/').replace(/\/+$/u, '') || '/'
  return `${url.hostname.replace(/^www\./iu, '').toLowerCase()}${path}${url.search}`
}

/**
 * Names given to more than one target, each with its distinct targets (`samePage` already
 * applied by the caller): links or frames that read the same but lead to different places.
 */
export const namesWithDifferentTargets = (
  named: Iterable<[name: string, target: string]>,
): [name: string, targets: Set<string>][] => {
  const targets = new Map<string, Set<string>>()
  for (const [name, target] of named) {
    if (name) targets.set(name, (targets.get(name) ?? new Set()).add(target))
  }
  return [...targets.entries()].filter(([, found]) => found.size > 1)
}
