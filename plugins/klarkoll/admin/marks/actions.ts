import type { LexicalEditor } from '@payloadcms/richtext-lexical/lexical'

import type { ReportFinding } from '../../check/report'

import { replaceRange, selectRange } from './lexicalRange'
import { blockPathOf, fieldSelector, plainFieldElement, wordsStillThere } from './markFindings'
import { matchCase } from './matchCase'

/** Brings the editor to the field a finding is about, when there is no range to select. */
const goToField = (root: ParentNode, field: string) => {
  const element =
    root.querySelector(fieldSelector(field)) ??
    root.querySelector(`[data-field-path="${CSS.escape(field)}"]`) ??
    root.querySelector(`[id^="field-${CSS.escape(field.split('.')[0]!)}"]`)
  if (!element) return
  element.scrollIntoView({ behavior: 'smooth', block: 'center' })
  const target = element.matches('input, textarea, [contenteditable="true"]')
    ? element
    : element.querySelector('input, textarea, [contenteditable="true"]')
  ;(target as HTMLElement | null)?.focus({ preventScroll: true })
}

/**
 * Click on a finding: its words are selected in the field and scrolled into view; a finding
 * without words (or whose words have changed) brings the editor to its field.
 */
export const selectFinding = (
  root: ParentNode,
  finding: ReportFinding,
  editors: Map<string, LexicalEditor>,
) => {
  const editor = editors.get(finding.field)
  if (editor && finding.range) {
    if (selectRange(editor, blockPathOf(finding), finding.range, finding.excerpt)) return
  }
  const element = plainFieldElement(root, finding.field)
  if (element && finding.range && wordsStillThere(element.value, finding)) {
    element.focus({ preventScroll: true })
    element.setSelectionRange(finding.range.start, finding.range.end)
    element.scrollIntoView({ behavior: 'smooth', block: 'center' })
    return
  }
  goToField(root, finding.field)
}

/** Whether "Byt till förslaget" can do its work for this finding. */
export const canReplace = (finding: ReportFinding) =>
  finding.replacement !== undefined && finding.range !== undefined && !finding.accepted

/**
 * "Byt till förslaget": the replacement takes the words' place as one undo step, written like
 * them (capital at a sentence start). Returns false when the words have changed meanwhile.
 */
export const replaceFinding = (
  root: ParentNode,
  finding: ReportFinding,
  editors: Map<string, LexicalEditor>,
): boolean => {
  if (!canReplace(finding)) return false
  const text = matchCase(finding.excerpt ?? '', finding.replacement!)
  const editor = editors.get(finding.field)
  if (editor) {
    return replaceRange(editor, blockPathOf(finding), finding.range!, finding.excerpt, text)
  }
  const element = plainFieldElement(root, finding.field)
  if (!element || !wordsStillThere(element.value, finding)) return false
  element.focus()
  element.setSelectionRange(finding.range!.start, finding.range!.end)
  // insertText keeps the browser's own undo (Ctrl+Z) and tells React the value changed.
  if (!document.execCommand('insertText', false, text)) {
    element.setRangeText(text, finding.range!.start, finding.range!.end, 'end')
    element.dispatchEvent(new Event('input', { bubbles: true }))
  }
  return true
}
