import type { Block, Field } from 'payload'

type Labelled = { label?: unknown; name?: string }

const text = (label: unknown, language: string, name: string): string => {
  if (typeof label === 'string') return label
  if (label && typeof label === 'object') {
    const byLanguage = label as Record<string, unknown>
    const found = byLanguage[language] ?? byLanguage.sv ?? Object.values(byLanguage)[0]
    if (typeof found === 'string') return found
  }
  return name
}

/** The named fields at this level, looking through rows, collapsibles and unnamed tabs and groups. */
const namedFields = (fields: Field[]): Field[] =>
  fields.flatMap((field): Field[] => {
    if (field.type === 'row' || field.type === 'collapsible') return namedFields(field.fields)
    if (field.type === 'group' && !('name' in field && field.name)) return namedFields(field.fields)
    if (field.type === 'tabs') {
      return field.tabs.flatMap((tab) =>
        'name' in tab && tab.name
          ? [{ ...tab, type: 'group' } as unknown as Field]
          : namedFields(tab.fields),
      )
    }
    return 'name' in field && field.name ? [field] : []
  })

/**
 * A field's place by its labels in the editor's language, as the admin shows the form:
 * "Kontaktvägar 2 (E-post) › Svarstidslöfte › Inom". The publish gate names refused fields this
 * way in "Följande fält är ogiltiga", never by their path. Blocks are resolved from the data.
 */
export const fieldLabelChain = (
  fields: Field[],
  path: string,
  data: unknown,
  language = 'sv',
): string | undefined => {
  const segments = path.split('.')
  const parts: string[] = []
  let level = fields
  let value: unknown = data
  for (let i = 0; i < segments.length; i++) {
    const field = namedFields(level).find((f) => (f as Labelled).name === segments[i])
    if (!field) return parts.length > 0 ? parts.join(' › ') : undefined
    const name = (field as Labelled).name!
    const label = text((field as Labelled).label, language, name)
    const own = (value as Record<string, unknown> | undefined)?.[name]
    const index = Number(segments[i + 1])
    if ((field.type === 'array' || field.type === 'blocks') && Number.isInteger(index)) {
      const row = Array.isArray(own)
        ? (own[index] as Record<string, unknown> | undefined)
        : undefined
      i++
      if (field.type === 'blocks') {
        const block = (field.blocks as Block[]).find((b) => b.slug === row?.blockType)
        const singular = block ? text(block.labels?.singular, language, block.slug) : ''
        parts.push(singular ? `${label} ${index + 1} (${singular})` : `${label} ${index + 1}`)
        level = block?.fields ?? []
      } else {
        parts.push(`${label} ${index + 1}`)
        level = field.fields
      }
      value = row
      continue
    }
    parts.push(label)
    if (field.type === 'group') {
      level = field.fields
      value = own
      continue
    }
    break
  }
  return parts.join(' › ')
}
