import type { Field } from 'payload'

export type TextFieldRef = {
  /** Where the value sits in the data: `title`, `afterApplying.decision`, `steps`. */
  path: string
  type: 'richText' | 'text' | 'textarea'
}

/** Field names that hold addresses or identifiers rather than prose. */
const notProse = new Set(['email', 'generateSlug', 'slug', 'url'])

/**
 * The text, textarea and richText fields of a collection, looking through rows, collapsibles,
 * tabs and groups. Arrays and blocks are marked with `*` (`whatToHaveReady.*.item`) and expanded
 * per row when the data is read. Hidden and read-only fields are not the editor's text.
 */
export const textFieldsOf = (fields: Field[], prefix = ''): TextFieldRef[] =>
  fields.flatMap((field): TextFieldRef[] => {
    const named = 'name' in field && typeof field.name === 'string' ? field.name : undefined
    const admin = (field as { admin?: { hidden?: boolean; readOnly?: boolean } }).admin
    if (admin?.hidden || admin?.readOnly || (named && notProse.has(named))) return []
    if ((field as { hidden?: boolean }).hidden || named === 'klarkoll') return []
    const path = named ? `${prefix}${named}` : prefix.replace(/\.$/, '')
    switch (field.type) {
      case 'text':
      case 'textarea':
      case 'richText':
        if ('hasMany' in field && field.hasMany) return []
        if ('virtual' in field && field.virtual) return []
        return [{ path, type: field.type }]
      case 'row':
      case 'collapsible':
        return textFieldsOf(field.fields, prefix)
      case 'group':
        return textFieldsOf(field.fields, named ? `${path}.` : prefix)
      case 'tabs':
        return field.tabs.flatMap((tab) =>
          textFieldsOf(tab.fields, 'name' in tab && tab.name ? `${prefix}${tab.name}.` : prefix),
        )
      case 'array':
        return textFieldsOf(field.fields, `${path}.*.`)
      case 'blocks':
        return (field.blocks ?? []).flatMap((block) =>
          typeof block === 'string' ? [] : textFieldsOf(block.fields, `${path}.*.`),
        )
      default:
        return []
    }
  })

/** The values at a path with `*` for array rows: `[path with indexes, value]`. */
export const valuesAt = (data: unknown, path: string): Array<[string, unknown]> => {
  let current: Array<[string, unknown]> = [['', data]]
  for (const key of path.split('.')) {
    const next: Array<[string, unknown]> = []
    for (const [at, value] of current) {
      if (!value || typeof value !== 'object') continue
      if (key === '*') {
        if (!Array.isArray(value)) continue
        value.forEach((row, index) => next.push([at ? `${at}.${index}` : String(index), row]))
      } else {
        next.push([at ? `${at}.${key}` : key, (value as Record<string, unknown>)[key]])
      }
    }
    current = next
  }
  return current
}
