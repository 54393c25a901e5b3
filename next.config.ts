import { withPayload } from '@payloadcms/next/withPayload'
import type { NextConfig } from 'next'
import path from 'node:path'
import { fileURLToPath } from 'node:url'

import { securityHeaders } from './lib/security/contentSecurityPolicy'

const dirname = path.dirname(fileURLToPath(import.meta.url))

const nextConfig: NextConfig = {
  // Loaded by Node as they are: axe-core injects its own source text into a jsdom window, which a
  // bundler's rewritten copy ("module is not defined") cannot do.
  serverExternalPackages: ['axe-core', 'dompurify', 'jsdom'],
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

export default withPayload(nextConfig, { devBundleServerPackages: false })
