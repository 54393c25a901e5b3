/**
 * The public site's Content-Security-Policy. Scripts run only with this response's nonce (Next
 * puts it on its own scripts) and what those load ('strict-dynamic'): no inline script an editor
 * could smuggle into a page runs. Styles allow inline because React sets style attributes;
 * a style cannot run code. `dev` adds what `next dev` needs (eval for React's dev tools, the
 * websocket for hot reload).
 */
export const contentSecurityPolicy = ({ dev, nonce }: { dev: boolean; nonce: string }): string =>
  [
    `default-src 'self'`,
    `script-src 'self' 'nonce-${nonce}' 'strict-dynamic'${dev ? ` 'unsafe-eval'` : ''}`,
    `style-src 'self' 'unsafe-inline'`,
    `img-src 'self' data: blob:`,
    `font-src 'self'`,
    `connect-src 'self'${dev ? ' ws: wss:' : ''}`,
    // The admin's klarspråk worker starts from a blob of klarkoll's own code (no page content).
    `worker-src 'self' blob:`,
    `object-src 'none'`,
    `base-uri 'self'`,
    `form-action 'self'`,
    // The admin's live preview frames the site from the same origin; nobody else may.
    `frame-ancestors 'self'`,
    ...(dev ? [] : ['upgrade-insecure-requests']),
  ].join('; ')

/** Headers for every response, admin and API included. */
export const securityHeaders = ({ production }: { production: boolean }) => [
  { key: 'X-Content-Type-Options', value: 'nosniff' },
  { key: 'Referrer-Policy', value: 'strict-origin-when-cross-origin' },
  { key: 'X-Frame-Options', value: 'SAMEORIGIN' },
  { key: 'Permissions-Policy', value: 'camera=(), microphone=(), geolocation=(), payment=()' },
  ...(production
    ? [{ key: 'Strict-Transport-Security', value: 'max-age=31536000; includeSubDomains' }]
    : []),
]
