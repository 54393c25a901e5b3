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
