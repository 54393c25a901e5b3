import type { NextRequest } from 'next/server'

import { NextResponse } from 'next/server'

const languageCookie = 'payload-lng'

/**
 * Payload picks the admin language from a cookie, then the browser's Accept-Language. Editors
 * here work in Swedish whatever their browser says, so the admin starts in Swedish until someone
 * chooses English in their account settings (which sets the cookie).
 */
export function proxy(request: NextRequest) {
  if (request.cookies.has(languageCookie)) {
    return NextResponse.next()
  }
  request.cookies.set(languageCookie, 'sv')
  const response = NextResponse.next({ request })
  response.cookies.set(languageCookie, 'sv', { path: '/', sameSite: 'lax' })
  return response
}

export const config = {
  matcher: ['/admin/:path*'],
}
