import type { Severity } from '../../analysis/types'

export type FieldMark = { end: number; severity: Severity; start: number }

type Mirror = { element: HTMLDivElement; stop: () => void }

const mirrors = new WeakMap<HTMLInputElement | HTMLTextAreaElement, Mirror>()
const rank: Record<Severity, number> = { error: 3, info: 1, warning: 2 }

// What decides where the letters of an input stand; copied so the copy's letters fall on them.
const copied = [
  'boxSizing',
  'fontFamily',
  'fontSize',
  'fontStyle',
  'fontWeight',
  'letterSpacing',
  'lineHeight',
  'paddingBottom',
  'paddingLeft',
  'paddingRight',
  'paddingTop',
  'borderBottomWidth',
  'borderLeftWidth',
  'borderRightWidth',
  'borderTopWidth',
  'tabSize',
  'textIndent',
  'textTransform',
  'wordSpacing',
] as const

const place = (field: HTMLInputElement | HTMLTextAreaElement, element: HTMLDivElement) => {
  const style = getComputedStyle(field)
  for (const property of copied) element.style[property] = style[property]
  element.style.top = `${field.offsetTop}px`
  element.style.left = `${field.offsetLeft}px`
  element.style.width = `${field.offsetWidth}px`
  element.style.height = `${field.offsetHeight}px`
  if (field instanceof HTMLInputElement) {
    // An input centres its one line in its box.
    const inner =
      field.clientHeight - parseFloat(style.paddingTop) - parseFloat(style.paddingBottom)
    element.style.lineHeight = `${Math.max(inner, 0)}px`
  }
  element.scrollTop = field.scrollTop
  element.scrollLeft = field.scrollLeft
}

/**
 * A transparent copy of a text input or textarea laid over it, with the found words underlined:
 * an input has no ranges to highlight. The copy takes no clicks and is never part of the form.
 */
const mirrorOf = (field: HTMLInputElement | HTMLTextAreaElement): Mirror => {
  const known = mirrors.get(field)
  if (known && known.element.isConnected) return known
  const element = document.createElement('div')
  element.className = `klarkoll-mirror${field instanceof HTMLTextAreaElement ? ' klarkoll-mirror--area' : ''}`
  element.setAttribute('aria-hidden', 'true')
  field.insertAdjacentElement('afterend', element)
  // Styles and size are copied when the field changes size (and on every paint); scrolling only
  // needs the copy's scroll position, not a style read per event.
  const resize = new ResizeObserver(() => place(field, element))
  resize.observe(field)
  const scroll = () => {
    element.scrollTop = field.scrollTop
    element.scrollLeft = field.scrollLeft
  }
  field.addEventListener('scroll', scroll)
  field.addEventListener('input', scroll)
  const mirror = {
    element,
    stop: () => {
      resize.disconnect()
      field.removeEventListener('scroll', scroll)
      field.removeEventListener('input', scroll)
      element.remove()
    },
  }
  mirrors.set(field, mirror)
  return mirror
}

/**
 * Underlines the marks in the field's copy; overlapping marks show the most serious. Returns
 * the span of each mark (for the tooltip), in the order of `marks`.
 */
export const paintField = (
  field: HTMLInputElement | HTMLTextAreaElement,
  marks: FieldMark[],
): Array<HTMLElement[]> => {
  if (marks.length === 0) {
    const known = mirrors.get(field)
    if (known) {
      known.stop()
      mirrors.delete(field)
    }
    return []
  }
  const { element } = mirrorOf(field)
  const value = field.value
  const cuts = [...new Set([0, value.length, ...marks.flatMap((m) => [m.start, m.end])])]
    .filter((at) => at >= 0 && at <= value.length)
    .sort((a, b) => a - b)
  const spans: Array<HTMLElement[]> = marks.map(() => [])
  const parts: Node[] = []
  for (let i = 0; i < cuts.length - 1; i++) {
    const [from, to] = [cuts[i]!, cuts[i + 1]!]
    const text = document.createTextNode(value.slice(from, to))
    const over = marks
      .map((m, index) => ({ index, m }))
      .filter(({ m }) => m.start <= from && m.end >= to)
    if (over.length === 0) {
      parts.push(text)
      continue
    }
    const worst = over.reduce((a, b) => (rank[b.m.severity] > rank[a.m.severity] ? b : a))
    const span = document.createElement('span')
    span.className = `klarkoll-mark klarkoll-mark--${worst.m.severity}`
    span.append(text)
    parts.push(span)
    for (const { index } of over) spans[index]!.push(span)
  }
  // A last newline in a textarea makes a line the copy would otherwise not have.
  parts.push(document.createTextNode('\u200b'))
  element.replaceChildren(...parts)
  place(field, element)
  return spans
}

/** Removes every copy laid over the fields in `root`. */
export const clearFields = (root: ParentNode) => {
  for (const field of root.querySelectorAll<HTMLInputElement | HTMLTextAreaElement>(
    'input, textarea',
  )) {
    const known = mirrors.get(field)
    if (known) {
      known.stop()
      mirrors.delete(field)
    }
  }
}
