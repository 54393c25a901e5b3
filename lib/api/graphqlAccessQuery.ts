import type { GraphQLExtension } from 'payload'

import { APIError } from 'payload'

type Resolve = (...args: unknown[]) => Promise<Record<string, unknown>>

/**
 * Payload's `Access` query for signed-in users only. For a visitor it answered a 500 (Payload
 * drops false permissions, and the non-nullable `canAccessAdmin` came back null) after working out
 * every collection's permissions on the event loop; a visitor has none to ask about.
 */
export const accessQuery: GraphQLExtension = (_graphQL, { Query }) => {
  const access = Query.fields.Access as { resolve: Resolve } | undefined
  if (!access) return {}
  return {
    Access: {
      ...access,
      resolve: async (...args: unknown[]) => {
        const context = args[2] as { req?: { user?: unknown } } | undefined
        if (!context?.req?.user) {
          throw new APIError('Logga in för att fråga efter behörigheter (Access).', 400)
        }
        const result = await access.resolve(...args)
        return { ...result, canAccessAdmin: result.canAccessAdmin ?? false }
      },
    },
  }
}
