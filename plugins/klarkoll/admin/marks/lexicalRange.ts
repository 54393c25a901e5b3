import type { LexicalEditor, LexicalNode } from '@payloadcms/richtext-lexical/lexical'

import {
  $createRangeSelection,
  $getRoot,
  $isElementNode,
  $setSelection,
  getDOMTextNode,
  HISTORY_PUSH_TAG,
} from '@payloadcms/richtext-lexical/lexical'

/** A piece of a block's inline text: a text node (or tab) with its characters, or a line break. */
type Segment = { end: number; key: string; start: number; text: boolean }

// The inline nodes the extractor reads (extract/lexical.ts): text and tabs give their text, line
// breaks one space, links their children. Offsets in a finding count the same way.
const oneChar = new Set(['linebreak', 'tab'])
const links = new Set(['autolink', 'link'])

/** The node at a block path without its field: `root.children.3.children.1`. */
const $nodeAt = (path: string): LexicalNode | null => {
  const parts = path.split('.')
  if (parts[0] !== 'root') return null
  let node: LexicalNode | null = $getRoot()
  for (let i = 1; i < parts.length; i += 2) {
    if (parts[i] !== 'children' || !$isElementNode(node)) return null
    node = node.getChildAtIndex(Number(parts[i + 1]))
    if (!node) return null
  }
  return node
}

/** The block's inline text as the extractor builds it, with where each node's part stands. */
const $segments = (block: LexicalNode): { segments: Segment[]; text: string } => {
  const segments: Segment[] = []
  let text = ''
  if (!$isElementNode(block)) return { segments, text }
  const stack = [...block.getChildren()].reverse()
  while (stack.length > 0) {
    const node = stack.pop()!
    const type = node.getType()
    if (type === 'text') {
      const content = node.getTextContent()
      segments.push({
        end: text.length + content.length,
        key: node.getKey(),
        start: text.length,
        text: true,
      })
      text += content
    } else if (oneChar.has(type)) {
      segments.push({
        end: text.length + 1,
        key: node.getKey(),
        start: text.length,
        text: type === 'tab',
      })
      text += ' '
    } else if (links.has(type) && $isElementNode(node)) {
      stack.push(...[...node.getChildren()].reverse())
    }
  }
  return { segments, text }
}

/** The text node and offset at a character of the block, at the start or the end of a range. */
const pointAt = (segments: Segment[], offset: number, side: 'end' | 'start') => {
  const texts = segments.filter((s) => s.text)
  const found =
    side === 'start'
      ? texts.find((s) => offset >= s.start && offset < s.end)
      : texts.find((s) => offset > s.start && offset <= s.end)
  return found ? { key: found.key, offset: offset - found.start } : null
}

export type TextRange = { end: number; start: number }

export type LexicalPoints = {
  anchor: { key: string; offset: number }
  focus: { key: string; offset: number }
}

/**
 * Where a finding's range stands in the live editor, or null when the text there is no longer
 * the words the finding is about (the editor typed on since the analysis): a mark is never put
 * on other words than the finding's.
 */
export const $pointsOf = (
  blockPath: string,
  range: TextRange,
  excerpt: string | undefined,
  // Several findings in one block read its text once.
  cache = new Map<string, ReturnType<typeof $segments> | null>(),
): LexicalPoints | null => {
  if (!cache.has(blockPath)) {
    const block = $nodeAt(blockPath)
    cache.set(blockPath, block ? $segments(block) : null)
  }
  const found = cache.get(blockPath)
  if (!found) return null
  const { segments, text } = found
  if (excerpt !== undefined && text.slice(range.start, range.end) !== excerpt) return null
  const anchor = pointAt(segments, range.start, 'start')
  const focus = pointAt(segments, range.end, 'end')
  return anchor && focus ? { anchor, focus } : null
}

/** A DOM range over the points, for CSS highlights and for where a tooltip stands. */
export const domRangeOf = (editor: LexicalEditor, points: LexicalPoints): null | Range => {
  const start = editor.getElementByKey(points.anchor.key)
  const end = editor.getElementByKey(points.focus.key)
  const startText = start ? getDOMTextNode(start) : null
  const endText = end ? getDOMTextNode(end) : null
  if (!startText || !endText) return null
  const range = document.createRange()
  try {
    range.setStart(startText, Math.min(points.anchor.offset, startText.length))
    range.setEnd(endText, Math.min(points.focus.offset, endText.length))
  } catch {
    return null
  }
  return range
}

const $select = (points: LexicalPoints) => {
  const selection = $createRangeSelection()
  selection.anchor.set(points.anchor.key, points.anchor.offset, 'text')
  selection.focus.set(points.focus.key, points.focus.offset, 'text')
  $setSelection(selection)
  return selection
}

/** Selects the finding's words in the editor and brings them into view. */
export const selectRange = (
  editor: LexicalEditor,
  blockPath: string,
  range: TextRange,
  excerpt: string | undefined,
): boolean => {
  let found: LexicalPoints | null = null
  editor.update(() => {
    found = $pointsOf(blockPath, range, excerpt)
    if (found) $select(found)
  })
  if (!found) return false
  editor.focus()
  const dom = domRangeOf(editor, found)
  ;(dom?.startContainer.parentElement ?? editor.getRootElement())?.scrollIntoView({
    block: 'center',
  })
  return true
}

/**
 * Puts `replacement` in place of the finding's words, as one step of the editor's history
 * (HISTORY_PUSH_TAG), so Ctrl+Z brings the words back.
 */
export const replaceRange = (
  editor: LexicalEditor,
  blockPath: string,
  range: TextRange,
  excerpt: string | undefined,
  replacement: string,
): boolean => {
  let done = false
  editor.update(
    () => {
      const points = $pointsOf(blockPath, range, excerpt)
      if (!points) return
      $select(points).insertText(replacement)
      done = true
    },
    { discrete: true, tag: HISTORY_PUSH_TAG },
  )
  if (done) editor.focus()
  return done
}
