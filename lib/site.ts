/** The municipality this installation serves; JSON-LD names it as the area served and parent. */
export const municipality = {
  name: process.env.MUNICIPALITY_NAME || 'Exempelkommun',
} as const

/** The public site's origin, for links in the accessibility statement and the rendered-page check. */
export const siteUrl = (env: Record<string, string | undefined> = process.env): string =>
  env.SITE_URL || `http://localhost:${env.PORT || '3000'}`

/** Where the public site shows a page: the start page at "/", the rest at "/<slug>". */
export const pagePath = (slug: unknown): null | string =>
  typeof slug === 'string' && slug ? (slug === 'start' ? '/' : `/${slug}`) : null
