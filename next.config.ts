import { withPayload } from '@payloadcms/next/withPayload'
import type { NextConfig } from 'next'
import path from 'node:path'
import { fileURLToPath } from 'node:url'

import { securityHeaders } from './lib/security/contentSecurityPolicy'
// The package's '@klarkoll/payload-plugin/next' export, read from its source in this repo: Next
// loads this file before any build of the package exists.
import { withKlarkoll } from './plugins/klarkoll/exports/next'

const dirname = path.dirname(fileURLToPath(import.meta.url))

const nextConfig: NextConfig = {
  headers: async () => [
    {
      source: '/:path*',
      headers: securityHeaders({ production: process.env.NODE_ENV === 'production' }),
    },
  ],
  images: {
    localPatterns: [{ pathname: '/api/media/file/**' }],
  },
  turbopack: {
    root: path.resolve(dirname),
  },
}

export default withPayload(withKlarkoll(nextConfig), { devBundleServerPackages: false })
