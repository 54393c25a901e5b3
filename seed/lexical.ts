/**
 * Builds Lexical JSON the way Payload's editor stores it, so demo content and tests look exactly
 * like what editors produce in the admin.
 */

type Node = Record<string, unknown>
export type Inline = string | Node
export type LexicalDocument = { root: Node }

const base = { direction: 'ltr', format: '', indent: 0, version: 1 } as const

export const text = (value: string, format = 0): Node => ({
  type: 'text',
  detail: 0,
  format,
  mode: 'normal',
  style: '',
  text: value,
  version: 1,
})

export const bold = (value: string): Node => text(value, 1)

const inline = (children: Inline[]): Node[] =>
  children.map((child) => (typeof child === 'string' ? text(child) : child))

export const link = (label: string, url: string, newTab = false): Node => ({
  ...base,
  type: 'link',
  children: [text(label)],
  fields: { linkType: 'custom', newTab, url },
  version: 3,
})

export const paragraph = (...children: Inline[]): Node => ({
  ...base,
  type: 'paragraph',
  children: inline(children),
  textFormat: 0,
  textStyle: '',
})

export const heading = (tag: 'h2' | 'h3' | 'h4', ...children: Inline[]): Node => ({
  ...base,
  type: 'heading',
  children: inline(children),
  tag,
})

export const list = (listType: 'bullet' | 'number', ...items: Inline[][]): Node => ({
  ...base,
  type: 'list',
  children: items.map((item, index) => ({
    ...base,
    type: 'listitem',
    children: inline(item),
    value: index + 1,
  })),
  listType,
  start: 1,
  tag: listType === 'bullet' ? 'ul' : 'ol',
})

export const quote = (...children: Inline[]): Node => ({
  ...base,
  type: 'quote',
  children: inline(children),
})

export const doc = (...children: Node[]): LexicalDocument => ({
  root: { ...base, type: 'root', children },
})

/** Plain text of a Lexical document, one line per block (for tests and logs). */
export const plainText = (value: unknown): string => {
  const lines: string[] = []
  const walk = (node: unknown, line: string[]): void => {
    if (!node || typeof node !== 'object') {
      return
    }
    const current = node as { children?: unknown[]; text?: unknown; type?: unknown }
    if (typeof current.text === 'string') {
      line.push(current.text)
    }
    if (!Array.isArray(current.children)) {
      return
    }
    const isBlock = current.type !== 'link' && current.children.every((c) => isInline(c))
    if (isBlock && current.type !== 'root') {
      const own: string[] = []
      current.children.forEach((child) => walk(child, own))
      lines.push(own.join(''))
      return
    }
    current.children.forEach((child) => walk(child, line))
  }
  walk((value as { root?: unknown } | null)?.root, [])
  return lines.join('\n')
}

const isInline = (node: unknown): boolean => {
  const type = (node as { type?: unknown } | null)?.type
  return type === 'text' || type === 'link' || type === 'linebreak' || type === 'autolink'
}
