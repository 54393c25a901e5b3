import { slugPattern } from './slugify'

/** The municipality this installation serves; JSON-LD names it as the area served and parent. */
export const municipality = {
  name: process.env.MUNICIPALITY_NAME || 'Exempelkommun',
} as const

/** The public site's origin, for links in the accessibility statement and the rendered-page check. */
export const siteUrl = (env: Record<string, string | undefined> = process.env): string =>
  env.SITE_URL || `http://localhost:${env.PORT || '3000'}`

/** The request header the proxy puts the visited path in, for the public site's <html lang>. */
export const sitePathHeader = 'x-klarkoll-site-path'

/** Where the public site shows a page: the start page at "/", the rest at "/<slug>". */
export const pagePath = (slug: unknown): null | string =>
  typeof slug === 'string' && slugPattern.test(slug) ? (slug === 'start' ? '/' : `/${slug}`) : null

/**
 * Origins whose browsers may use the API and an editor's session: the site itself and any listed
 * in TRUSTED_ORIGINS (comma-separated, e.g. a separate front end for the public site).
 */
export const trustedOrigins = (env: Record<string, string | undefined> = process.env): string[] => {
  const listed = (env.TRUSTED_ORIGINS ?? '')
    .split(',')
    .map((origin) => origin.trim())
    .filter(Boolean)
    .map((origin) => {
      try {
        return new URL(origin).origin
      } catch {
        throw new Error(
          `TRUSTED_ORIGINS: "${origin}" är ingen giltig adress. Skriv hela adressen, t.ex. https://www.exempelkommun.se.`,
        )
      }
    })
  return [...new Set([new URL(siteUrl(env)).origin, ...listed])]
}
