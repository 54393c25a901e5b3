import type { Field } from 'payload'

/**
 * Rewrites one field's incoming value the way Payload's own `beforeValidate` sanitizer does
 * (payload/dist/fields/hooks/beforeValidate/promise.js, "Sanitize incoming data"), so the guard
 * judges the value Payload will actually store. The admin relies on these conventions: its form
 * state sends an array or blocks field without rows as the row count `0`, a checkbox from a
 * multipart form as "true"/"false", and a cleared relationship as "" or "null". Refusing them
 * made new opening hours, contact details and e-services impossible to save from the admin.
 */
export const applyPayloadConventions = (field: Field, data: Record<string, unknown>): void => {
  if (!('name' in field) || !field.name) return
  const value = data[field.name]
  switch (field.type) {
    case 'array':
    case 'blocks':
      if (value === 0 || value === '0') data[field.name] = []
      return
    case 'checkbox':
      if (value === 'true') data[field.name] = true
      else if (value === 'false' || value === '') data[field.name] = false
      return
    case 'relationship':
    case 'upload':
      if (value === '' || value === 'none' || value === 'null') {
        data[field.name] = field.hasMany === true ? [] : null
      }
      return
    case 'richText':
      if (typeof value === 'string') {
        try {
          data[field.name] = JSON.parse(value)
        } catch {
          // Left as text: the guard names the field as not rich text.
        }
      }
      return
    default:
      return
  }
}

/**
 * A copy of the admin's form values with Payload's conventions applied at every level, as the
 * gate sees the data after Payload's own sanitizing: the panel's server check reads the same
 * shape the publish will. Walks the field config, which bounds the depth.
 */
export const asPayloadData = (fields: Field[], data: unknown): unknown => {
  if (!data || typeof data !== 'object' || Array.isArray(data)) return data
  const copy: Record<string, unknown> = { ...(data as Record<string, unknown>) }
  for (const field of fields) {
    if (field.type === 'row' || field.type === 'collapsible') {
      Object.assign(copy, asPayloadData(field.fields, copy))
      continue
    }
    if (field.type === 'tabs') {
      for (const tab of field.tabs) {
        if ('name' in tab && tab.name) copy[tab.name] = asPayloadData(tab.fields, copy[tab.name])
        else Object.assign(copy, asPayloadData(tab.fields, copy))
      }
      continue
    }
    if (!('name' in field) || !field.name) {
      if (field.type === 'group') Object.assign(copy, asPayloadData(field.fields, copy))
      continue
    }
    if (copy[field.name] === undefined) continue
    applyPayloadConventions(field, copy)
    const value = copy[field.name]
    if (field.type === 'group') copy[field.name] = asPayloadData(field.fields, value)
    else if (field.type === 'array' && Array.isArray(value)) {
      copy[field.name] = value.map((row) => asPayloadData(field.fields, row))
    } else if (field.type === 'blocks' && Array.isArray(value)) {
      copy[field.name] = value.map((row) => {
        const type = (row as { blockType?: unknown } | null)?.blockType
        const block = (field.blocks ?? []).find((b) => typeof b !== 'string' && b.slug === type)
        return block && typeof block !== 'string' ? asPayloadData(block.fields, row) : row
      })
    }
  }
  return copy
}
