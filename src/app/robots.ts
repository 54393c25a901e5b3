import type { MetadataRoute } from 'next'

import { siteUrl } from '../../lib/site'

export const dynamic = 'force-dynamic'

/** robots.txt: the public site for everyone; the admin, the API and draft previews for no one. */
const robots = (): MetadataRoute.Robots => ({
  rules: { allow: '/', disallow: ['/admin', '/api/', '/forhandsvisning'], userAgent: '*' },
  sitemap: `${siteUrl()}/sitemap.xml`,
})

export default robots
