import { isObject } from './isObject'

// Browsers ignore whitespace and control characters inside a scheme ("java\tscript:").
const withoutControls = (value: string) =>
  [...value].filter((character) => character.charCodeAt(0) > 0x20).join('')

const unsafeUrl = (value: string) => /^(?:javascript|vbscript|data):/i.test(withoutControls(value))

const isWholeNumber = (value: unknown, max: number) =>
  typeof value === 'number' && Number.isInteger(value) && value >= 0 && value <= max

/**
 * The fields of a stored Lexical node that Payload's HTML converters write into the page as they
 * are. Checked on every write so that a request cannot store a table cell whose headerState is
 * markup or a link to `javascript:`; the converters' output is also sanitised on the way out.
 */
export const lexicalNodeProblem = (node: Record<string, unknown>): null | string => {
  switch (node.type) {
    case 'tablecell':
      if (node.headerState !== undefined && !isWholeNumber(node.headerState, 3)) {
        return 'en tabellcell har ett ogiltigt rubrikläge (headerState ska vara 0–3).'
      }
      for (const span of ['colSpan', 'rowSpan'] as const) {
        if (node[span] !== undefined && node[span] !== null && !isWholeNumber(node[span], 1000)) {
          return `en tabellcell har ett ogiltigt ${span} (ett heltal).`
        }
      }
      return null
    case 'autolink':
    case 'link': {
      const url = isObject(node.fields) ? node.fields.url : undefined
      if (url !== undefined && url !== null && (typeof url !== 'string' || unsafeUrl(url))) {
        return 'en länk har en adress som inte är tillåten (bara webbadresser, e-post och telefon).'
      }
      return null
    }
    case 'upload': {
      const value = node.value
      if (typeof value === 'number' || typeof value === 'string') return null
      if (isObject(value) && (typeof value.id === 'number' || typeof value.id === 'string')) {
        const url = value.url
        if (url !== undefined && url !== null && (typeof url !== 'string' || unsafeUrl(url))) {
          return 'en bild eller fil har en adress som inte är tillåten.'
        }
        return null
      }
      return 'en bild eller fil saknar sitt id i mediebiblioteket.'
    }
    default:
      return null
  }
}
