import type { Block } from '../types'

type LexicalNode = {
  children?: unknown
  fields?: { alt?: unknown; url?: unknown }
  tag?: unknown
  text?: unknown
  type?: unknown
  value?: unknown
}

const inlineTypes = new Set(['autolink', 'link', 'linebreak', 'tab', 'text'])
const headingLevel = (tag: unknown) => {
  const level = typeof tag === 'string' ? Number(tag.replace(/^h/i, '')) : NaN
  return Number.isInteger(level) && level >= 1 && level <= 6 ? level : undefined
}
const childrenOf = (node: LexicalNode): LexicalNode[] =>
  Array.isArray(node.children)
    ? (node.children.filter((c) => c && typeof c === 'object') as LexicalNode[])
    : []

/**
 * Text of inline nodes, with line breaks and tabs as spaces. Links inside links are walked with
 * an explicit stack: 5,000 nested links overflowed the call stack (a 500) when this recursed.
 */
const inlineText = (nodes: LexicalNode[]): string => {
  let text = ''
  const stack = [...nodes].reverse()
  while (stack.length > 0) {
    const node = stack.pop()!
    if (node.type === 'text' && typeof node.text === 'string') text += node.text
    else if (node.type === 'linebreak' || node.type === 'tab') text += ' '
    else if (node.type === 'link' || node.type === 'autolink') {
      stack.push(...childrenOf(node).reverse())
    }
  }
  return text
}

const altOf = (node: LexicalNode): string | undefined => {
  const value = node.value as { alt?: unknown } | null | undefined
  if (value && typeof value === 'object' && typeof value.alt === 'string') return value.alt
  return typeof node.fields?.alt === 'string' ? node.fields.alt : undefined
}

/**
 * Turns a Lexical document, as Payload stores it, into blocks with the path of their source node:
 * headings, paragraphs, list items (nested lists too), quotes, table cells, link texts and image
 * alt texts. Anything it does not understand is skipped, never thrown on.
 */
export const extractLexical = (value: unknown, field: string, lang?: string): Block[] => {
  const blocks: Block[] = []
  const root = (value as { root?: unknown } | null | undefined)?.root
  if (!root || typeof root !== 'object') return blocks
  const push = (block: Block) => blocks.push(lang ? { ...block, lang } : block)

  const links = (nodes: LexicalNode[], path: string) => {
    nodes.forEach((node, index) => {
      if (node.type === 'link' || node.type === 'autolink') {
        push({
          kind: 'linkText',
          path: `${path}.children.${index}`,
          text: inlineText(childrenOf(node)),
        })
      }
    })
  }

  // An explicit stack instead of recursion: a deeply nested document cannot overflow the call stack.
  const stack: Array<{ kind?: Block['kind']; node: LexicalNode; path: string }> = [
    { node: root as LexicalNode, path: `${field}.root` },
  ]
  const ordered: Array<() => void> = []
  while (stack.length > 0) {
    const { kind, node, path } = stack.pop()!
    const children = childrenOf(node)
    const inline = children.filter((child) => inlineTypes.has(String(child.type)))
    const nested = children
      .map((child, index) => ({ child, index }))
      .filter(({ child }) => !inlineTypes.has(String(child.type)))

    ordered.push(() => {
      if (node.type === 'upload') {
        const alt = altOf(node)
        if (alt !== undefined) push({ kind: 'alt', path, text: alt })
        return
      }
      if (inline.length === 0) return
      const text = inlineText(inline)
      if (node.type === 'heading')
        push({ kind: 'heading', level: headingLevel(node.tag), path, text })
      else if (node.type === 'listitem') push({ kind: 'listItem', path, text })
      else if (node.type === 'quote') push({ kind: 'quote', path, text })
      else push({ kind: kind ?? 'paragraph', path, text })
      links(children, path)
    })

    const childKind =
      node.type === 'tablecell' ? 'tableCell' : node.type === 'listitem' ? 'listItem' : kind
    for (let i = nested.length - 1; i >= 0; i--) {
      const { child, index } = nested[i]!
      stack.push({ kind: childKind, node: child, path: `${path}.children.${index}` })
    }
  }
  ordered.forEach((emit) => emit())
  return blocks
}
