import type { LexicalEditor } from '@payloadcms/richtext-lexical/lexical'

import type { Severity } from '../../analysis/types'
import type { ReportFinding } from '../../check/report'

import { $pointsOf, domRangeOf } from './lexicalRange'
import { clearFields, type FieldMark, paintField } from './textFieldMarks'

/** A finding marked in the text: where it is on screen, and whether the caret stands in it. */
export type Mark = {
  caretIn: () => boolean
  finding: ReportFinding
  rects: () => DOMRect[]
}

const severities: Severity[] = ['error', 'warning', 'info']
const highlightName = (severity: Severity) => `klarkoll-${severity}`

/** CSS Custom Highlights mark words without touching the editor's DOM or its document. */
const highlightsSupported = () =>
  typeof CSS !== 'undefined' && 'highlights' in CSS && typeof Highlight !== 'undefined'

/** The id Payload gives a field's input: `field-afterApplying__decision`. */
export const fieldSelector = (field: string) => `#field-${CSS.escape(field.replace(/\./g, '__'))}`

/** Whether a field's text still has the finding's words where the finding says. */
export const wordsStillThere = (value: string, finding: ReportFinding) =>
  finding.range !== undefined &&
  (finding.excerpt === undefined ||
    value.slice(finding.range.start, finding.range.end) === finding.excerpt)

/** The input or textarea Payload renders for a plain text field. */
export const plainFieldElement = (
  root: ParentNode,
  field: string,
): HTMLInputElement | HTMLTextAreaElement | null => {
  const element = root.querySelector(fieldSelector(field))
  return element instanceof HTMLInputElement || element instanceof HTMLTextAreaElement
    ? element
    : null
}

/** The block path of a rich text finding without its field: `body.root.children.2` → `root.children.2`. */
export const blockPathOf = (finding: ReportFinding) =>
  finding.path.startsWith(`${finding.field}.`) ? finding.path.slice(finding.field.length + 1) : ''

const markable = (finding: ReportFinding) =>
  finding.range !== undefined && finding.range.end > finding.range.start && !finding.accepted

/**
 * Marks every finding with a range on its words: rich text through CSS highlights over the
 * live editor's text, plain text fields through an underlined copy laid over them. A finding
 * whose words have changed since the analysis is left unmarked until the next one.
 */
export const markFindings = (
  root: ParentNode,
  findings: ReportFinding[],
  editors: Map<string, LexicalEditor>,
): Mark[] => {
  const marks: Mark[] = []
  const ranges: Record<Severity, Range[]> = { error: [], info: [], warning: [] }
  const byField = new Map<string, ReportFinding[]>()
  for (const finding of findings.filter(markable)) {
    const list = byField.get(finding.field)
    if (list) list.push(finding)
    else byField.set(finding.field, [finding])
  }
  const painted = new Set<Element>()

  for (const [field, list] of byField) {
    const editor = editors.get(field)
    if (editor) {
      const found: Array<{ finding: ReportFinding; range: Range }> = []
      editor.getEditorState().read(() => {
        const cache = new Map()
        for (const finding of list) {
          const points = $pointsOf(blockPathOf(finding), finding.range!, finding.excerpt, cache)
          const range = points ? domRangeOf(editor, points) : null
          if (range) found.push({ finding, range })
        }
      })
      for (const { finding, range } of found) {
        ranges[finding.severity].push(range)
        marks.push({
          caretIn: () => {
            const selection = getSelection()
            if (!selection?.anchorNode || !selection.isCollapsed) return false
            try {
              return range.comparePoint(selection.anchorNode, selection.anchorOffset) === 0
            } catch {
              return false
            }
          },
          finding,
          rects: () => [...range.getClientRects()],
        })
      }
      continue
    }
    const element = plainFieldElement(root, field)
    if (!element) continue
    painted.add(element)
    const shown = list.filter((f) => wordsStillThere(element.value, f))
    const spans = paintField(
      element,
      shown.map((f): FieldMark => ({ ...f.range!, severity: f.severity })),
    )
    shown.forEach((finding, index) =>
      marks.push({
        caretIn: () =>
          document.activeElement === element &&
          element.selectionStart !== null &&
          element.selectionStart === element.selectionEnd &&
          element.selectionStart >= finding.range!.start &&
          element.selectionStart <= finding.range!.end,
        finding,
        rects: () => spans[index]!.flatMap((span) => [...span.getClientRects()]),
      }),
    )
  }
  // Fields whose findings are gone lose their copies.
  for (const element of root.querySelectorAll<HTMLDivElement>('.klarkoll-mirror')) {
    const field = element.previousElementSibling
    if (
      (field instanceof HTMLInputElement || field instanceof HTMLTextAreaElement) &&
      !painted.has(field)
    ) {
      paintField(field, [])
    }
  }

  if (highlightsSupported()) {
    for (const severity of severities) {
      CSS.highlights.set(highlightName(severity), new Highlight(...ranges[severity]))
    }
  }
  return marks
}

/** Takes every mark away (the panel closes, the document changes). */
export const clearMarks = (root: ParentNode) => {
  if (highlightsSupported()) {
    for (const severity of severities) CSS.highlights.delete(highlightName(severity))
  }
  clearFields(root)
}
