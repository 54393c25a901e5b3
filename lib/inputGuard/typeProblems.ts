import type { Block, Field, ValidationFieldError } from 'payload'

import { isObject } from './isObject'
import { lexicalProblem } from './lexicalProblem'
import { applyPayloadConventions } from '@klarkoll/payload-plugin'

/** Longest accepted text per field type, unless the field sets a lower maxLength itself. */
export const textLimits = { code: 100_000, email: 254, text: 2_000, textarea: 20_000 }

/** A document a relationship or upload field points to, for checking that it exists. */
export type Reference = { id: number | string; label: string; path: string; relationTo: string }

type Context = {
  idType: 'number' | 'text'
  locales: string[]
  /** When given, every well-formed reference found is added here. */
  references?: Reference[]
}

const kindOf = (value: unknown): string =>
  Array.isArray(value)
    ? 'en lista'
    : value === null
      ? 'tomt'
      : typeof value === 'object'
        ? 'ett objekt'
        : typeof value === 'number'
          ? 'ett tal'
          : typeof value === 'boolean'
            ? 'sant/falskt'
            : 'text'

const labelOf = (field: { label?: unknown; name: string }): string => {
  const label = field.label
  if (typeof label === 'string') return label
  if (isObject(label) && typeof label.sv === 'string') return label.sv
  return field.name
}

/**
 * Where a field sits, by its Swedish labels as the editor sees them ("Perioder 1 › Veckans
 * tider"): messages and the admin's error summary name fields this way, never by their path.
 */
const labelChain = (labels: string[], label: string) => [...labels, label].join(' › ')

/** PostgreSQL's serial ids are 32-bit; a larger number fails the query itself with a 500. */
const largestId = 2 ** 31 - 1

/** An id the database can look up: a positive whole number (SQL), or a short text (MongoDB). */
export const isId = (value: unknown, idType: Context['idType']) =>
  idType === 'number'
    ? (typeof value === 'number' && Number.isInteger(value) && value > 0 && value <= largestId) ||
      (typeof value === 'string' && /^[1-9]\d{0,9}$/.test(value) && Number(value) <= largestId)
    : typeof value === 'string' && value.length > 0 && value.length <= 100

const isReference = (value: unknown, idType: Context['idType']) =>
  isId(value, idType) || (isObject(value) && (isId(value.id, idType) || isId(value.value, idType)))

const referencesIn = (
  relationTo: string | string[],
  value: unknown,
  path: string,
  label: string,
): Reference[] =>
  (Array.isArray(value) ? value : [value]).flatMap((item): Reference[] => {
    const id = isObject(item) ? (item.value ?? item.id) : item
    const target =
      typeof relationTo === 'string'
        ? relationTo
        : isObject(item) && typeof item.relationTo === 'string'
          ? item.relationTo
          : undefined
    if (target === undefined || (typeof id !== 'number' && typeof id !== 'string')) return []
    return [{ id, label, path, relationTo: target }]
  })

const isNumeric = (value: unknown) =>
  (typeof value === 'number' && Number.isFinite(value)) ||
  (typeof value === 'string' && /^\s*-?\d+([.,]\d+)?\s*$/.test(value))

/**
 * A number, or a number written as text ("1,5" too), within what JavaScript reads back exactly.
 * SQLite stores larger whole numbers as 64-bit integers the driver cannot read: the document
 * would fail to load from then on.
 */
export const isSafeNumber = (value: unknown) =>
  isNumeric(value) &&
  Math.abs(typeof value === 'number' ? value : parseFloat(String(value).replace(',', '.'))) <=
    Number.MAX_SAFE_INTEGER

const isoDate =
  /^(\d{4})-(\d{2})-(\d{2})([T ]\d{2}:\d{2}(:\d{2}(\.\d{1,9})?)?(Z|[+-]\d{2}(:?\d{2})?)?)?$/

/**
 * An ISO 8601 date that exists in the calendar, years 1000–9999. JavaScript also accepts "0",
 * "1" and 31 February (rolled over to March); PostgreSQL refuses those with a 500.
 */
export const isDate = (value: unknown) => {
  if (value instanceof Date) return !Number.isNaN(value.getTime())
  if (typeof value !== 'string') return false
  const match = isoDate.exec(value.trim())
  if (!match || Number.isNaN(Date.parse(value))) return false
  const [year, month, day] = [Number(match[1]), Number(match[2]), Number(match[3])]
  const calendar = new Date(Date.UTC(year, month - 1, day))
  return year >= 1000 && calendar.getUTCMonth() === month - 1 && calendar.getUTCDate() === day
}

/** The stored values of a select's or radio's options. */
export const optionValues = (field: Field): string[] =>
  'options' in field && Array.isArray(field.options)
    ? field.options.map((option) => (typeof option === 'string' ? option : option.value))
    : []

/** A value quoted in a message, cut at 40 characters. */
export const shown = (value: unknown) => {
  const text = typeof value === 'string' ? value : JSON.stringify(value)
  return JSON.stringify(text.length > 40 ? `${text.slice(0, 40)}…` : text)
}

/** What is wrong with one value for one field, or null. Empty values are Payload's to judge. */
const scalarProblem = (field: Field, value: unknown, context: Context): null | string => {
  const many = 'hasMany' in field && field.hasMany === true
  if (many) {
    if (!Array.isArray(value)) return `ska vara en lista, inte ${kindOf(value)}.`
    for (const item of value) {
      const problem = scalarProblem({ ...field, hasMany: false } as Field, item, context)
      if (problem) return problem
    }
    return null
  }
  switch (field.type) {
    case 'code':
    case 'email':
    case 'text':
    case 'textarea': {
      if (typeof value !== 'string') return `ska vara text, inte ${kindOf(value)}.`
      const own =
        'maxLength' in field && typeof field.maxLength === 'number' ? field.maxLength : Infinity
      const max = Math.min(own, textLimits[field.type])
      return value.length > max
        ? `texten är för lång (${value.length.toLocaleString('sv-SE')} tecken, högst ${max.toLocaleString('sv-SE')}).`
        : null
    }
    case 'number':
      if (value === '' || isSafeNumber(value)) return null
      return isNumeric(value)
        ? `talet är för stort (högst ${Number.MAX_SAFE_INTEGER.toLocaleString('sv-SE')}).`
        : `ska vara ett tal, inte ${kindOf(value)}.`
    case 'checkbox':
      return typeof value === 'boolean'
        ? null
        : `ska vara sant eller falskt, inte ${kindOf(value)}.`
    case 'date':
      return value === '' || isDate(value) ? null : 'ska vara ett datum (ÅÅÅÅ-MM-DD).'
    case 'radio':
    case 'select': {
      if (typeof value !== 'string') return `ska vara ett av alternativen, inte ${kindOf(value)}.`
      // Drafts skip Payload's own validation, so an unknown choice would reach the database.
      const values = optionValues(field)
      return values.length === 0 || values.includes(value)
        ? null
        : `${shown(value)} är inte ett av alternativen (${values.join(', ')}).`
    }
    case 'relationship':
    case 'upload':
      return isReference(value, context.idType) ? null : 'ska vara id:t för ett dokument.'
    case 'richText':
      return lexicalProblem(value)
    default:
      return null
  }
}

/**
 * Checks data sent to the API against the shape of the collection's fields before Payload sees it:
 * wrong types, oversized text and broken rich text become one Swedish message per field, instead
 * of being silently turned into text ("123", "[object Object]") or failing deep inside with a 500.
 */
export const typeProblems = (
  fields: Field[],
  data: Record<string, unknown>,
  context: Context,
  path = '',
  labels: string[] = [],
): ValidationFieldError[] => {
  const problems: ValidationFieldError[] = []
  for (const field of fields) {
    if (field.type === 'row' || field.type === 'collapsible') {
      problems.push(...typeProblems(field.fields, data, context, path, labels))
      continue
    }
    if (field.type === 'tabs') {
      for (const tab of field.tabs) {
        if ('name' in tab && tab.name) {
          const value = data[tab.name]
          if (value === undefined || value === null) continue
          if (!isObject(value)) {
            const label = labelChain(labels, labelOf({ label: tab.label, name: tab.name }))
            problems.push({
              label,
              message: `${label}: ska vara ett objekt.`,
              path: `${path}${tab.name}`,
            })
          } else {
            problems.push(
              ...typeProblems(tab.fields, value, context, `${path}${tab.name}.`, [
                ...labels,
                labelOf({ label: tab.label, name: tab.name }),
              ]),
            )
          }
        } else {
          problems.push(...typeProblems(tab.fields, data, context, path, labels))
        }
      }
      continue
    }
    if (field.type === 'group' && !('name' in field && field.name)) {
      problems.push(...typeProblems(field.fields, data, context, path, labels))
      continue
    }
    if (!('name' in field) || !field.name || field.type === 'ui' || field.type === 'join') continue
    if (data[field.name] !== undefined) applyPayloadConventions(field, data)
    const raw = data[field.name]
    // null for a list means "no rows"; Payload's SQL adapters fail on it (a 500), so it is
    // written as the empty list it stands for.
    if (raw === null && (field.type === 'array' || field.type === 'blocks')) {
      data[field.name] = []
      continue
    }
    if (raw === null && field.type === 'group') {
      const label = labelChain(labels, labelOf(field))
      problems.push({
        label,
        message: `${label}: ska vara ett objekt, inte tomt.`,
        path: `${path}${field.name}`,
      })
      continue
    }
    // An empty string in a choice, date or number means "none". PostgreSQL's enum and timestamp
    // columns refuse '' (a 500), so it is written as the null it stands for.
    if (
      raw === '' &&
      ['date', 'number', 'radio', 'select'].includes(field.type) &&
      !('hasMany' in field && field.hasMany)
    ) {
      data[field.name] = null
      continue
    }
    if (raw === undefined || raw === null) continue
    const here = `${path}${field.name}`
    const label = labelChain(labels, labelOf(field))
    // A localized field may come with every locale at once: { sv: …, en: … }.
    const perLocale =
      'localized' in field &&
      field.localized &&
      isObject(raw) &&
      Object.keys(raw).length > 0 &&
      Object.keys(raw).every((key) => context.locales.includes(key)) &&
      field.type !== 'richText'
        ? Object.values(raw)
        : [raw]
    for (const value of perLocale) {
      if (value === undefined || value === null) continue
      if (field.type === 'group') {
        if (!isObject(value)) {
          problems.push({
            label,
            message: `${label}: ska vara ett objekt, inte ${kindOf(value)}.`,
            path: here,
          })
        } else {
          problems.push(
            ...typeProblems(field.fields, value, context, `${here}.`, [...labels, labelOf(field)]),
          )
        }
        continue
      }
      if (field.type === 'array' || field.type === 'blocks') {
        if (!Array.isArray(value)) {
          problems.push({
            label,
            message: `${label}: ska vara en lista, inte ${kindOf(value)}.`,
            path: here,
          })
          continue
        }
        value.forEach((row, index) => {
          const rowPath = `${here}.${index}`
          if (!isObject(row)) {
            problems.push({
              label: `${label} ${index + 1}`,
              message: `${label}, rad ${index + 1}: ska vara ett objekt.`,
              path: rowPath,
            })
            return
          }
          let rowFields = field.type === 'array' ? field.fields : undefined
          let rowLabel = `${labelOf(field)} ${index + 1}`
          if (field.type === 'blocks') {
            const blocks = (field.blocks ?? []) as Block[]
            const block = blocks.find((b) => b.slug === row.blockType)
            if (!block) {
              problems.push({
                label: `${label} ${index + 1}`,
                message: `${label}, rad ${index + 1}: okänd blocktyp ${JSON.stringify(row.blockType)}. Tillåtna: ${blocks.map((b) => b.slug).join(', ')}.`,
                path: rowPath,
              })
              return
            }
            rowFields = block.fields
            const blockLabel = block.labels?.singular
            rowLabel = `${rowLabel} (${typeof blockLabel === 'string' || isObject(blockLabel) ? labelOf({ label: blockLabel, name: block.slug }) : block.slug})`
          }
          problems.push(
            ...typeProblems(rowFields!, row, context, `${rowPath}.`, [...labels, rowLabel]),
          )
        })
        continue
      }
      const problem = scalarProblem(field, value, context)
      if (problem) problems.push({ label, message: `${label}: ${problem}`, path: here })
      else if (context.references && (field.type === 'relationship' || field.type === 'upload')) {
        context.references.push(...referencesIn(field.relationTo, value, here, label))
      }
    }
  }
  return problems
}
