'use client'
import type { LexicalEditor } from '@payloadcms/richtext-lexical/lexical'

import { getNearestEditorFromDOMNode } from '@payloadcms/richtext-lexical/lexical'
import { type RefObject, useEffect, useRef, useState } from 'react'

const escapeRegExp = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')

/** `steps.*.text` → a pattern for `steps.0.text`, `steps.12.text`. */
const pathPattern = (path: string) =>
  new RegExp(
    `^${path
      .split('.')
      .map((part) => (part === '*' ? '\\d+' : escapeRegExp(part)))
      .join('\\.')}$`,
  )

type Entry = { editor: LexicalEditor; stop: () => void }

/**
 * The Lexical editors of the checked rich text fields in the panel's own form, by field path;
 * `onEdit` is called on every edit of their text (not through React state: a render of the
 * panel per keystroke before the check would only delay the marks). Payload writes an editor's value to
 * the form only when the browser is idle (up to 500 ms later); the panel reads the editors
 * themselves, so marks follow the words as they are typed. Editors are looked up again every
 * second: Payload mounts a new one when a saved document comes back.
 */
export const useLiveEditors = (
  anchor: RefObject<HTMLElement | null>,
  richTextPaths: string[],
  onEdit: () => void,
): Map<string, LexicalEditor> => {
  const edited = useRef(onEdit)
  edited.current = onEdit
  const entries = useRef(new Map<string, Entry>())
  const [editors, setEditors] = useState(() => new Map<string, LexicalEditor>())
  const key = richTextPaths.join('|')

  useEffect(() => {
    if (richTextPaths.length === 0) return
    const patterns = richTextPaths.map(pathPattern)
    const known = entries.current
    const scan = () => {
      const form = anchor.current?.closest('form') ?? document
      const seen = new Set<string>()
      let changed = false
      for (const field of form.querySelectorAll<HTMLElement>(
        '.rich-text-lexical[data-field-path]',
      )) {
        const path = field.dataset.fieldPath!
        if (seen.has(path) || !patterns.some((pattern) => pattern.test(path))) continue
        const root = field.querySelector('[data-lexical-editor="true"]')
        const editor = root ? getNearestEditorFromDOMNode(root) : null
        if (!editor) continue
        seen.add(path)
        if (known.get(path)?.editor === editor) continue
        known.get(path)?.stop()
        const stop = editor.registerUpdateListener(({ dirtyElements, dirtyLeaves }) => {
          // A moved caret changes nothing the checks read.
          if (dirtyElements.size > 0 || dirtyLeaves.size > 0) edited.current()
        })
        known.set(path, { editor, stop })
        changed = true
      }
      for (const [path, entry] of known) {
        if (seen.has(path)) continue
        entry.stop()
        known.delete(path)
        changed = true
      }
      if (changed) setEditors(new Map([...known].map(([path, entry]) => [path, entry.editor])))
    }
    scan()
    const timer = setInterval(scan, 1000)
    return () => {
      clearInterval(timer)
      for (const entry of known.values()) entry.stop()
      known.clear()
    }
  }, [key, anchor])

  return editors
}

/** Sets a value at a dotted path with array indexes (`steps.0.text`) in form data. */
export const setAtPath = (data: Record<string, unknown>, path: string, value: unknown) => {
  const parts = path.split('.')
  let current: unknown = data
  for (const part of parts.slice(0, -1)) {
    if (!current || typeof current !== 'object') return
    current = (current as Record<string, unknown>)[part]
  }
  if (current && typeof current === 'object') {
    ;(current as Record<string, unknown>)[parts.at(-1)!] = value
  }
}
