import { isObject } from './isObject'
import { lexicalNodeProblem } from './lexicalNodeProblem'

/** Limits for rich text: far above any real page (a long page is a few thousand words). */
export const lexicalLimits = { depth: 50, nodes: 50_000, textCharacters: 200_000 }

const swedishNumber = (n: number) => n.toLocaleString('sv-SE')

/**
 * What is wrong with a stored Lexical value, in Swedish, or null. Checked before Payload's own
 * hooks walk the tree: those recurse (a deep tree overflows the stack) and assume the shape (a
 * `children` that is not a list fails with a 500). An explicit stack here, so any depth is safe.
 */
export const lexicalProblem = (value: unknown): null | string => {
  if (value === null || value === undefined) return null
  if (!isObject(value) || !isObject(value.root)) {
    return 'innehållet är inte giltig Lexical-JSON (det saknar "root").'
  }
  if (value.root.type !== 'root' || !Array.isArray(value.root.children)) {
    return 'innehållet är inte giltig Lexical-JSON ("root" ska ha typen root och en lista "children").'
  }
  const stack: Array<{ depth: number; node: unknown }> = [{ depth: 0, node: value.root }]
  let nodes = 0
  let characters = 0
  while (stack.length > 0) {
    const { depth, node } = stack.pop()!
    nodes++
    if (!isObject(node) || typeof node.type !== 'string') {
      return 'innehållet är inte giltig Lexical-JSON (ett stycke saknar typ).'
    }
    const nodeProblem = lexicalNodeProblem(node)
    if (nodeProblem) return nodeProblem
    if (depth > lexicalLimits.depth) {
      return `innehållet är nästlat i mer än ${lexicalLimits.depth} nivåer.`
    }
    if (nodes > lexicalLimits.nodes) {
      return `innehållet har fler än ${swedishNumber(lexicalLimits.nodes)} delar.`
    }
    if (node.text !== undefined) {
      if (typeof node.text !== 'string') {
        return 'innehållet är inte giltig Lexical-JSON (en text är inte en sträng).'
      }
      characters += node.text.length
      if (characters > lexicalLimits.textCharacters) {
        return `texten är för lång (högst ${swedishNumber(lexicalLimits.textCharacters)} tecken).`
      }
    }
    if (node.children !== undefined) {
      if (!Array.isArray(node.children)) {
        return 'innehållet är inte giltig Lexical-JSON ("children" ska vara en lista).'
      }
      for (const child of node.children) stack.push({ depth: depth + 1, node: child })
    }
  }
  return null
}
