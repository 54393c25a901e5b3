import createDOMPurify from 'dompurify'
import { JSDOM } from 'jsdom'

/**
 * What Payload's Lexical converters write, and nothing else: a stored node whose fields reach
 * the HTML unescaped (a table cell's headerState carried a `<meta http-equiv=refresh>` to every
 * visitor) loses whatever is not on this list. DOMPurify also drops `javascript:` and other
 * unsafe URLs from href and src.
 */
const allowedTags = [
  'a',
  'blockquote',
  'br',
  'caption',
  'code',
  'col',
  'colgroup',
  'div',
  'em',
  'figcaption',
  'figure',
  'h1',
  'h2',
  'h3',
  'h4',
  'h5',
  'h6',
  'hr',
  'img',
  'input',
  'label',
  'li',
  'ol',
  'p',
  'picture',
  'pre',
  's',
  'source',
  'span',
  'strong',
  'sub',
  'sup',
  'table',
  'tbody',
  'td',
  'tfoot',
  'th',
  'thead',
  'tr',
  'u',
  'ul',
]
const allowedAttributes = [
  'alt',
  'aria-checked',
  'checked',
  'class',
  'colspan',
  'dir',
  'disabled',
  'height',
  'href',
  'id',
  'lang',
  'loading',
  'media',
  'readonly',
  'rel',
  'role',
  'rowspan',
  'scope',
  'sizes',
  'src',
  'srcset',
  'style',
  'tabindex',
  'target',
  'title',
  'type',
  'value',
  'width',
]

// One window for the process: DOMPurify only needs its DOM implementation to parse with.
let purify: ReturnType<typeof createDOMPurify> | undefined

export const sanitizeHtml = (html: string): string => {
  purify ??= createDOMPurify(new JSDOM('').window as never)
  return purify.sanitize(html, {
    ALLOW_DATA_ATTR: false,
    ALLOWED_ATTR: allowedAttributes,
    ALLOWED_TAGS: allowedTags,
  })
}
