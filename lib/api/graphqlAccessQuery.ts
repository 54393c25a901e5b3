import type { GraphQLExtension } from 'payload'

type Resolve = (...args: unknown[]) => Promise<Record<string, unknown>>

/**
 * Payload's `Access` query, with `canAccessAdmin` false for visitors. Payload drops false
 * permissions from its answer, so for a visitor the non-nullable field came back null and
 * GraphQL answered `{ Access { canAccessAdmin } }` with a 500.
 */
export const accessQuery: GraphQLExtension = (_graphQL, { Query }) => {
  const access = Query.fields.Access as { resolve: Resolve } | undefined
  if (!access) return {}
  return {
    Access: {
      ...access,
      resolve: async (...args: unknown[]) => {
        const result = await access.resolve(...args)
        return { ...result, canAccessAdmin: result.canAccessAdmin ?? false }
      },
    },
  }
}
