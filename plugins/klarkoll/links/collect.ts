/** Where a link was found: the field at the top of its path, for the gate's message. */
export type FoundLink = { field: string; url: string }

const isHttp = (value: string) => /^https?:\/\//i.test(value.trim())

/**
 * The absolute http(s) links of a document: the configured URL fields (an e-service's address)
 * and every link node in its rich text (Lexical `link`/`autolink` with a URL; internal links to
 * documents are Payload's own and cannot break this way).
 */
export const collectLinks = (
  doc: Record<string, unknown>,
  urlFields: string[] = [],
): FoundLink[] => {
  const found: FoundLink[] = []
  for (const field of urlFields) {
    const value = field
      .split('.')
      .reduce<unknown>((v, key) => (v as Record<string, unknown>)?.[key], doc)
    if (typeof value === 'string' && isHttp(value)) found.push({ field, url: value.trim() })
  }
  const walk = (value: unknown, field: string) => {
    if (Array.isArray(value)) return value.forEach((item) => walk(item, field))
    if (!value || typeof value !== 'object') return
    const node = value as {
      fields?: { linkType?: string; url?: unknown }
      type?: unknown
      url?: unknown
    }
    if (node.type === 'link' || node.type === 'autolink') {
      const url = node.fields?.url ?? node.url
      if (node.fields?.linkType !== 'internal' && typeof url === 'string' && isHttp(url)) {
        found.push({ field, url: url.trim() })
      }
    }
    for (const child of Object.values(value)) walk(child, field)
  }
  for (const [key, value] of Object.entries(doc)) {
    if (key === 'klarkoll' || urlFields.includes(key)) continue
    walk(value, key)
  }
  const seen = new Set<string>()
  return found.filter(
    (link) => !seen.has(`${link.field} ${link.url}`) && seen.add(`${link.field} ${link.url}`),
  )
}
