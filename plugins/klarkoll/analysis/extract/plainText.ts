import type { Block } from '../types'

const bullet = /^\s*(?:[-–•*]|\d{1,3}[.)])\s+/

/**
 * Splits a plain text field into blocks: blank lines separate paragraphs, and lines that start
 * with a bullet or a list number are list items. Each block keeps its offset in the field.
 */
export const textToBlocks = (text: unknown, path: string, lang?: string): Block[] => {
  if (typeof text !== 'string' || text.length === 0) return []
  const blocks: Block[] = []
  const push = (kind: Block['kind'], offset: number, content: string) => {
    if (content.trim() === '') return
    blocks.push({ kind, offset, path, text: content, ...(lang ? { lang } : {}) })
  }
  let paragraphStart = -1
  let paragraphEnd = -1
  const flush = () => {
    if (paragraphStart >= 0)
      push('paragraph', paragraphStart, text.slice(paragraphStart, paragraphEnd))
    paragraphStart = -1
  }
  let offset = 0
  for (const line of text.split('\n')) {
    const lineEnd = offset + line.length
    if (line.trim() === '') {
      flush()
    } else if (bullet.test(line)) {
      flush()
      push('listItem', offset, line)
    } else {
      if (paragraphStart < 0) paragraphStart = offset
      paragraphEnd = lineEnd
    }
    offset = lineEnd + 1
  }
  flush()
  return blocks
}
