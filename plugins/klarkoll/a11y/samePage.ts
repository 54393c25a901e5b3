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
