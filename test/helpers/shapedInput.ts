import type { Field } from 'payload'

import fc from 'fast-check'

import { optionValues } from '../../lib/inputGuard/typeProblems'

type Arbitrary = fc.Arbitrary<unknown>

/** Values that have broken a database or a hook before, or are easy to get wrong. */
const tricky: Arbitrary = fc.oneof(
  fc.constantFrom(
    '',
    ' ',
    '0',
    '-1',
    '1e400',
    'null',
    '\u0000',
    'a\ud800',
    '2026-02-31',
    '9999-12-31T23:59:59Z',
    '0001-01-01',
    '<script>alert(1)</script>',
    null,
    0,
    -0,
    -1,
    2 ** 31,
    Number.MAX_SAFE_INTEGER,
    1e308,
    5e-324,
    true,
    [],
    {},
  ),
  fc.jsonValue({ maxDepth: 2 }),
)

const text = fc.oneof(
  { arbitrary: fc.string({ maxLength: 30 }), weight: 9 },
  { arbitrary: fc.string({ unit: 'binary', maxLength: 10 }), weight: 1 },
)

const lexical = fc.array(fc.oneof(text, fc.constant('')), { maxLength: 3 }).map((texts) => ({
  root: {
    children: texts.map((value) => ({
      children: [{ text: value, type: 'text', version: 1 }],
      type: 'paragraph',
      version: 1,
    })),
    type: 'root',
    version: 1,
  },
}))

/** Fields as they are written: rows, collapsibles and unnamed tabs add no level of their own. */
const dataFields = (fields: Field[]): Field[] =>
  fields.flatMap((field): Field[] => {
    if (field.type === 'row' || field.type === 'collapsible') return dataFields(field.fields)
    if (field.type === 'tabs') {
      return field.tabs.flatMap((tab) =>
        'name' in tab && tab.name
          ? [{ name: tab.name, type: 'group', fields: tab.fields } as Field]
          : dataFields(tab.fields),
      )
    }
    if (!('name' in field) || !field.name || field.type === 'ui' || field.type === 'join') {
      return []
    }
    if ('virtual' in field && field.virtual) return []
    return [field]
  })

/** Ids that exist, per collection, so references mostly point at real documents. */
export type KnownIds = Record<string, Array<number | string>>

const valueFor = (field: Field, depth: number, known: KnownIds): Arbitrary => {
  const many = 'hasMany' in field && field.hasMany === true
  const one = (): Arbitrary => {
    switch (field.type) {
      case 'checkbox':
        return fc.boolean()
      case 'code':
      case 'email':
      case 'text':
      case 'textarea':
        return text
      case 'date':
        return fc
          .date({ min: new Date('1000-01-01'), max: new Date('9999-12-31'), noInvalidDate: true })
          .map((d) => d.toISOString())
      case 'number':
        return fc.oneof(fc.integer(), fc.double(), fc.integer().map(String))
      case 'radio':
      case 'select':
        return optionValues(field).length > 0 ? fc.constantFrom(...optionValues(field)) : text
      case 'relationship':
      case 'upload': {
        const ids =
          typeof field.relationTo === 'string' ? (known[field.relationTo] ?? []) : ([] as never[])
        return ids.length > 0 ? fc.constantFrom(...ids) : fc.integer({ min: 1, max: 12 })
      }
      case 'richText':
        return lexical
      case 'group':
        return depth > 3 ? fc.constant({}) : shapedData(field.fields, known, depth + 1)
      case 'array':
        return depth > 3
          ? fc.constant([])
          : fc.array(shapedData(field.fields, known, depth + 1), { maxLength: 2 })
      case 'blocks':
        return depth > 3 || field.blocks.length === 0
          ? fc.constant([])
          : fc.array(
              fc.oneof(
                ...field.blocks.map((block) =>
                  shapedData(block.fields, known, depth + 1).map((data) => ({
                    ...data,
                    blockType: block.slug,
                  })),
                ),
              ),
              { maxLength: 2 },
            )
      default:
        return fc.jsonValue({ maxDepth: 2 })
    }
  }
  const shaped = many ? fc.array(one(), { maxLength: 3 }) : one()
  // Mostly well-shaped values, so most writes get past the guard into hooks and the database.
  return fc.oneof({ arbitrary: shaped, weight: 40 }, { arbitrary: tricky, weight: 1 })
}

/**
 * Data shaped like the fields, at every depth, with a tricky value here and there: what a buggy
 * API client or an old form sends. Each key is optional, so every draw touches a few fields.
 */
export const shapedData = (
  fields: Field[],
  known: KnownIds = {},
  depth = 0,
): fc.Arbitrary<Record<string, unknown>> => {
  const writable = dataFields(fields).filter(
    (f) => !['id', 'createdAt', 'updatedAt', '_status'].includes((f as { name: string }).name),
  )
  const model: Record<string, Arbitrary> = {}
  for (const field of writable)
    model[(field as { name: string }).name] = valueFor(field, depth, known)
  return fc.record(model, { requiredKeys: [] }) as fc.Arbitrary<Record<string, unknown>>
}
