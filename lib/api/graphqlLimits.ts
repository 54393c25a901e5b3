import { BREAK, type DocumentNode, GraphQLError, Kind, parse, visit } from 'graphql'

/**
 * How big and how deep a GraphQL document may be. The public site's largest query (a page with
 * its blocks, hours and contacts) is about 2 KB, 400 tokens, depth 8 and no aliases; the limits
 * leave room for that many times over and refuse what only an attack needs.
 */
export const graphqlLimits = {
  aliases: 20,
  bodyBytes: 32 * 1024,
  depth: 12,
  /** The same field asked for more than once in one selection (`id id id …`). */
  repeats: 1,
  tokens: 3000,
} as const

export type GraphqlRefusal = { message: string; status: 400 | 413 }

const refusal = (message: string, status: 400 | 413 = 400): GraphqlRefusal => ({ message, status })

/**
 * Whether a query is small and simple enough to validate and run. Parsing stops at the token
 * limit, and the walk is graphql-js's own iterative visitor, so a document built to be expensive
 * costs no more than the limits allow; GraphQL validation, which is what took 50 s, comes after.
 */
export const queryRefusal = (query: unknown): GraphqlRefusal | null => {
  if (typeof query !== 'string' || query.trim() === '') {
    return refusal('GraphQL-frågan saknas: skicka den som "query" i JSON.')
  }
  if (Buffer.byteLength(query) > graphqlLimits.bodyBytes) {
    return refusal(`GraphQL-frågan är för stor (högst ${graphqlLimits.bodyBytes / 1024} kB).`, 413)
  }
  let document: DocumentNode
  try {
    document = parse(query, { maxTokens: graphqlLimits.tokens, noLocation: true })
  } catch (error) {
    const tooMany = error instanceof GraphQLError && /tokens\. Parsing aborted/.test(error.message)
    return refusal(
      tooMany
        ? `GraphQL-frågan har för många delar (högst ${graphqlLimits.tokens}).`
        : `GraphQL-frågan gick inte att tolka: ${(error as Error).message}`,
    )
  }
  let aliases = 0
  let depth = 0
  let problem: GraphqlRefusal | null = null
  visit(document, {
    Field(node) {
      if (node.alias && ++aliases > graphqlLimits.aliases) {
        problem = refusal(`GraphQL-frågan har för många alias (högst ${graphqlLimits.aliases}).`)
        return BREAK
      }
    },
    SelectionSet: {
      enter(node) {
        if (++depth > graphqlLimits.depth) {
          problem = refusal(`GraphQL-frågan är för djup (högst ${graphqlLimits.depth} nivåer).`)
          return BREAK
        }
        const seen = new Map<string, number>()
        for (const selection of node.selections) {
          if (selection.kind !== Kind.FIELD) continue
          const key = selection.alias?.value ?? selection.name.value
          const count = (seen.get(key) ?? 0) + 1
          seen.set(key, count)
          if (count > graphqlLimits.repeats) {
            problem = refusal(`GraphQL-frågan frågar efter fältet "${key}" flera gånger.`)
            return BREAK
          }
        }
      },
      leave() {
        depth--
      },
    },
  })
  return problem
}
