import type { SanitizedConfig } from 'payload'

import { GRAPHQL_POST } from '@payloadcms/next/routes'

import { graphqlLimits, queryRefusal } from './graphqlLimits'
import { readLimitedBody } from './readLimitedBody'

const answer = (status: number, message: string) =>
  Response.json({ errors: [{ extensions: { statusCode: status }, message }] }, { status })

/**
 * Payload's GraphQL route behind a check of size, tokens, depth, aliases and repeated fields.
 * One anonymous request of 150 KB made graphql-js's validation run for 50 s on the event loop;
 * refused here, it costs a parse that stops at the token limit. Anonymous and signed-in alike.
 */
export const guardedGraphqlPost = (config: Promise<SanitizedConfig> | SanitizedConfig) => {
  const payloadPost = GRAPHQL_POST(config)
  return async (request: Request): Promise<Response> => {
    const text = await readLimitedBody(request, graphqlLimits.bodyBytes)
    if (text === null) {
      return answer(413, `GraphQL-frågan är för stor (högst ${graphqlLimits.bodyBytes / 1024} kB).`)
    }
    let query: unknown
    try {
      query = (JSON.parse(text) as { query?: unknown } | null)?.query
    } catch {
      return answer(400, 'GraphQL-anropet ska vara JSON med frågan i "query".')
    }
    const refused = queryRefusal(query)
    if (refused) return answer(refused.status, refused.message)
    return payloadPost(
      new Request(request.url, { body: text, headers: request.headers, method: 'POST' }),
    )
  }
}
