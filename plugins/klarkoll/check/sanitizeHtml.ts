import createDOMPurify from 'dompurify'
import { JSDOM } from 'jsdom'
import { createHash } from 'node:crypto'

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

// Public pages render on every request (the CSP nonce makes them dynamic) and a 46 kB body takes
// DOMPurify 55–75 ms: the same converter output is sanitised once, then read from here.
const recent = new Map<string, string>()
const remembered = 200

export const sanitizeHtml = (html: string): string => {
  const key = createHash('sha256').update(html).digest('base64')
  const known = recent.get(key)
  if (known !== undefined) return known
  purify ??= createDOMPurify(new JSDOM('').window as never)
  const clean = purify.sanitize(html, {
    ALLOW_DATA_ATTR: false,
    ALLOWED_ATTR: allowedAttributes,
    ALLOWED_TAGS: allowedTags,
  })
  if (recent.size >= remembered) recent.delete(recent.keys().next().value!)
  recent.set(key, clean)
  return clean
}
