import type { NextRequest } from 'next/server'

import { NextResponse } from 'next/server'

import { contentSecurityPolicy } from '../lib/security/contentSecurityPolicy'
import { sitePathHeader } from '../lib/site'

const languageCookie = 'payload-lng'

/**
 * Payload picks the admin language from a cookie, then the browser's Accept-Language. Editors
 * here work in Swedish whatever their browser says, so the admin starts in Swedish until someone
 * chooses English in their account settings (which sets the cookie).
 */
const swedishAdmin = (request: NextRequest, headers: Headers) => {
  if (request.cookies.has(languageCookie)) return null
  const cookies = request.cookies.set(languageCookie, 'sv')
  headers.set('cookie', cookies.toString())
  return (response: NextResponse) =>
    response.cookies.set(languageCookie, 'sv', { path: '/', sameSite: 'lax' })
}

/**
 * A fresh nonce per response, for the public site and the admin alike (the admin holds every
 * editor's session, so an injected script there is worth most); Next reads the nonce from the
 * request's CSP header for its scripts.
 */
export function proxy(request: NextRequest) {
  const nonce = Buffer.from(crypto.randomUUID()).toString('base64')
  const policy = contentSecurityPolicy({ dev: process.env.NODE_ENV !== 'production', nonce })
  const headers = new Headers(request.headers)
  headers.set('Content-Security-Policy', policy)
  // The public site's layout sets <html lang> from the page shown (a Finnish version is lang="fi").
  headers.set(sitePathHeader, request.nextUrl.pathname)
  const setLanguage = request.nextUrl.pathname.startsWith('/admin')
    ? swedishAdmin(request, headers)
    : null
  const response = NextResponse.next({ request: { headers } })
  response.headers.set('Content-Security-Policy', policy)
  setLanguage?.(response)
  return response
}

export const config = {
  // Pages only: the API, Next's static files and media answer without a policy of their own.
  matcher: ['/((?!api|_next/static|_next/image|favicon.ico).*)'],
}
