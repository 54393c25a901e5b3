import type { MetadataRoute } from 'next'

import { siteUrl } from '../../lib/site'
import { sitemapEntries } from './(site)/api'

// Read when asked, from the cached API answers that a publish revalidates (tags in api.ts).
export const dynamic = 'force-dynamic'

/**
 * sitemap.xml: the start page, every published page (with its English version as an alternate),
 * Kontakta oss, the e-services and the accessibility statement.
 */
const sitemap = async (): Promise<MetadataRoute.Sitemap> => {
  const base = siteUrl()
  const { english, eServices, pages } = await sitemapEntries()
  const fixed = ['/kontakta-oss', '/e-tjanster', '/tillganglighetsredogorelse']
  return [
    ...pages.map((page) => ({
      lastModified: page.updatedAt,
      url: `${base}${page.slug === 'start' ? '/' : `/${page.slug}`}`,
      ...(english.has(page.slug) && page.slug !== 'start'
        ? {
            alternates: {
              languages: { en: `${base}/en/${page.slug}`, sv: `${base}/${page.slug}` },
            },
          }
        : {}),
    })),
    ...fixed.map((path) => ({ url: `${base}${path}` })),
    ...eServices.map((service) => ({
      lastModified: service.updatedAt,
      url: `${base}/e-tjanster/${service.slug}`,
    })),
  ]
}

export default sitemap
