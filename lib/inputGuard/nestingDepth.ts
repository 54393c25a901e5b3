import type { ValidationFieldError } from 'payload'

/**
 * How deep a request body may nest. Lexical's limit of 50 levels is about 100 here (a node and its
 * list of children); nothing else comes near. Deeper bodies are refused before Payload copies
 * them: its deep copy recurses, and 100,000 nested arrays in an unknown field overflowed the
 * stack (a 500).
 */
export const maxNesting = 200

/** The body's nesting depth, measured with an explicit stack, up to one level past the limit. */
const nestingDepth = (value: unknown, limit: number): number => {
  const stack: Array<{ depth: number; value: unknown }> = [{ depth: 1, value }]
  let deepest = 0
  while (stack.length > 0) {
    const { depth, value: current } = stack.pop()!
    if (current === null || typeof current !== 'object') continue
    deepest = Math.max(deepest, depth)
    if (deepest > limit) return deepest
    for (const child of Array.isArray(current) ? current : Object.values(current)) {
      if (child !== null && typeof child === 'object')
        stack.push({ depth: depth + 1, value: child })
    }
  }
  return deepest
}

export const nestingProblem = (data: unknown): ValidationFieldError[] =>
  nestingDepth(data, maxNesting) > maxNesting
    ? [
        {
          label: 'Anrop',
          message: `Anropet är nästlat i mer än ${maxNesting} nivåer och kan inte sparas.`,
          path: '',
        },
      ]
    : []
