import type { SanitizedConfig } from 'payload'

import { REST_DELETE, REST_GET, REST_PATCH, REST_POST } from '@payloadcms/next/routes'

import { guardedGraphqlPost } from '../../lib/api/graphqlRoute'

type Method = 'DELETE' | 'GET' | 'PATCH' | 'POST'

const handlers = { DELETE: REST_DELETE, GET: REST_GET, PATCH: REST_PATCH, POST: REST_POST }

export type ApiResponse = { body: any; headers: Headers; status: number }

/**
 * Calls the same Next route handlers that serve /api/* and /api/graphql in the app, with real
 * Request objects and no server: what a public-site developer's HTTP request would get.
 */
export const createApiClient = (config: Promise<SanitizedConfig> | SanitizedConfig) => {
  const configPromise = Promise.resolve(config)
  const headersFor = (token?: string, json = false): HeadersInit => ({
    ...(json ? { 'Content-Type': 'application/json' } : {}),
    ...(token ? { Authorization: `JWT ${token}` } : {}),
  })
  const read = async (response: Response): Promise<ApiResponse> => {
    const text = await response.text()
    let body: unknown = text
    try {
      body = JSON.parse(text)
    } catch {
      // Not JSON: keep the text for the assertion message.
    }
    return { body, headers: response.headers, status: response.status }
  }

  const rest = async (
    method: Method,
    pathAndQuery: string,
    { body, token }: { body?: unknown; token?: string } = {},
  ): Promise<ApiResponse> => {
    const url = new URL(`http://localhost:3000/api${pathAndQuery}`)
    const slug = url.pathname
      .replace(/^\/api\//, '')
      .split('/')
      .filter(Boolean)
    const request = new Request(url, {
      body: body === undefined ? undefined : typeof body === 'string' ? body : JSON.stringify(body),
      headers: headersFor(token, body !== undefined),
      method,
    })
    const handler = handlers[method](configPromise)
    return read(await handler(request, { params: Promise.resolve({ slug }) }))
  }

  return {
    delete: (p: string, o?: { token?: string }) => rest('DELETE', p, o),
    get: (p: string, o?: { token?: string }) => rest('GET', p, o),
    graphql: async (
      query: string,
      { token, variables }: { token?: string; variables?: Record<string, unknown> } = {},
    ): Promise<ApiResponse> => {
      const request = new Request('http://localhost:3000/api/graphql', {
        body: JSON.stringify({ query, variables }),
        headers: headersFor(token, true),
        method: 'POST',
      })
      return read(await guardedGraphqlPost(configPromise)(request))
    },
    patch: (p: string, o: { body?: unknown; token?: string }) => rest('PATCH', p, o),
    post: (p: string, o: { body?: unknown; token?: string }) => rest('POST', p, o),
  }
}

/**
 * POST /api/klarkoll/analyze as an integration would: a 202 (report not ready within a second)
 * is asked again after a pause until the report comes.
 */
export const analyzeUntilReady = async (
  api: ReturnType<typeof createApiClient>,
  body: unknown,
  token?: string,
): Promise<ApiResponse> => {
  let res = await api.post('/klarkoll/analyze', { body, token })
  for (let asked = 1; res.status === 202 && asked < 30; asked++) {
    await new Promise((resolve) => setTimeout(resolve, 1000))
    res = await api.post('/klarkoll/analyze', { body, token })
  }
  return res
}
