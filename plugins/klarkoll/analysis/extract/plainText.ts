import type { Block } from '../types'

const bullet = /^\s*(?:[-–•*]|\d{1,3}[.)])\s+/
// A heading on its own line: short, no sentence punctuation at the end ("Öppettider").
const headingLike = (line: string) => {
  const t = line.trim()
  return t.length <= 60 && !/[.!?:;,…]$/u.test(t) && t.split(/\s+/).length <= 8
}

/**
 * Splits a plain text field into blocks: blank lines separate paragraphs, lines that start with a
 * bullet or a list number are list items, and a short line without end punctuation that opens a
 * paragraph is a heading, not the start of the next sentence. Each block keeps its offset.
 */
export const textToBlocks = (text: unknown, path: string, lang?: string): Block[] => {
  if (typeof text !== 'string' || text.length === 0) return []
  const blocks: Block[] = []
  const push = (kind: Block['kind'], offset: number, content: string) => {
    if (content.trim() === '') return
    blocks.push({
      kind,
      offset,
      path,
      text: content,
      ...(kind === 'heading' ? { level: 2 } : {}),
      ...(lang ? { lang } : {}),
    })
  }
  let paragraphStart = -1
  let paragraphEnd = -1
  const flush = () => {
    if (paragraphStart >= 0)
      push('paragraph', paragraphStart, text.slice(paragraphStart, paragraphEnd))
    paragraphStart = -1
  }
  let offset = 0
  const lines = text.split('\n')
  lines.forEach((line, index) => {
    const lineEnd = offset + line.length
    const nextLine = lines[index + 1]
    if (line.trim() === '') {
      flush()
    } else if (bullet.test(line)) {
      flush()
      push('listItem', offset, line)
    } else if (
      paragraphStart < 0 &&
      nextLine !== undefined &&
      nextLine.trim() !== '' &&
      !bullet.test(nextLine) &&
      // A wrapped sentence goes on in lower case; after a heading a sentence starts.
      /^\s*\p{Lu}/u.test(nextLine) &&
      headingLike(line)
    ) {
      push('heading', offset, line)
    } else {
      if (paragraphStart < 0) paragraphStart = offset
      paragraphEnd = lineEnd
    }
    offset = lineEnd + 1
  })
  flush()
  return blocks
}
