import type { Field } from 'payload'

import { isObject } from './isObject'
import { isDate, isId, isSafeNumber, shown } from './typeProblems'
import { problemIn } from './unstorableText'

type IdType = 'number' | 'text'

/** The database: SQL adapters lack some operators Payload offers. */
export type QueryContext = { idType: IdType; postgres: boolean; sql: boolean }

/** What a where clause needs to know of a field to check the values compared with it. */
type QueryField = {
  /** The block types (blocks field path and slug) the field lives in, if inside blocks. */
  blockTables?: string[]
  hasMany: boolean
  /** Inside an array or block list: one value per row, which the SQL adapters cannot sort by. */
  inList?: boolean
  polymorphic: boolean
  type: Field['type'] | 'id' | 'rowId'
}

/** Operators that take a list; Payload splits a comma-separated string into one. */
const listOperators = new Set(['all', 'in', 'not_in'])
/** Operators Payload's SQL adapters implement for point fields only. */
const geoOperators = new Set(['intersects', 'near', 'within'])
const containers = new Set(['array', 'blocks', 'group', 'tabs'])
const booleans = new Set(['true', 'false', true, false])

type Within = { blockTable?: string; list: boolean }

/** Adds a path; one that several block types share lists all their tables. */
const add = (paths: Map<string, QueryField>, path: string, field: QueryField) => {
  const before = paths.get(path)?.blockTables ?? []
  const tables = [...new Set([...before, ...(field.blockTables ?? [])])]
  paths.set(path, tables.length > 0 ? { ...field, blockTables: tables } : field)
}

/**
 * Every queryable path of a collection, as Payload spells it: named groups, tabs, arrays and
 * blocks add a segment; rows, collapsibles and unnamed tabs do not.
 */
export const queryFields = (
  fields: Field[],
  prefix = '',
  within: Within = { list: false },
  paths = new Map<string, QueryField>([
    ['createdAt', { hasMany: false, polymorphic: false, type: 'date' }],
    ['_status', { hasMany: false, polymorphic: false, type: 'select' }],
    ['id', { hasMany: false, polymorphic: false, type: 'id' }],
    ['updatedAt', { hasMany: false, polymorphic: false, type: 'date' }],
  ]),
): Map<string, QueryField> => {
  const here = {
    ...(within.blockTable ? { blockTables: [within.blockTable] } : {}),
    inList: within.list,
  }
  for (const field of fields) {
    if (field.type === 'tabs') {
      for (const tab of field.tabs) {
        if ('name' in tab && tab.name) {
          add(paths, `${prefix}${tab.name}`, {
            ...here,
            hasMany: false,
            polymorphic: false,
            type: 'group',
          })
          queryFields(tab.fields, `${prefix}${tab.name}.`, within, paths)
        } else queryFields(tab.fields, prefix, within, paths)
      }
      continue
    }
    const named = 'name' in field && field.name ? `${prefix}${field.name}` : undefined
    if (named && field.type !== 'ui' && field.type !== 'join') {
      add(paths, named, {
        ...here,
        hasMany: 'hasMany' in field && field.hasMany === true,
        polymorphic: 'relationTo' in field && Array.isArray(field.relationTo),
        type: field.type,
      })
    }
    const inner = named ? `${named}.` : prefix
    if (field.type === 'blocks' && named) {
      for (const block of field.blocks) {
        const blockTable = `${named}:${block.slug}`
        const row = { ...here, blockTables: [blockTable], inList: true }
        // Every row has an id (text) and a block its optional name.
        add(paths, `${named}.id`, { ...row, hasMany: false, polymorphic: false, type: 'rowId' })
        add(paths, `${named}.blockName`, {
          ...row,
          hasMany: false,
          polymorphic: false,
          type: 'text',
        })
        queryFields(block.fields, inner, { blockTable, list: true }, paths)
      }
    } else if (field.type === 'array' && named) {
      add(paths, `${named}.id`, {
        ...here,
        hasMany: false,
        inList: true,
        polymorphic: false,
        type: 'rowId',
      })
      queryFields(field.fields, inner, { ...within, list: true }, paths)
    } else if ('fields' in field && Array.isArray(field.fields)) {
      queryFields(field.fields, inner, within, paths)
    }
  }
  return paths
}

/** What is wrong with one value compared with the field, or null. */
const valueProblem = (
  field: QueryField,
  value: unknown,
  idType: IdType,
  inAList: boolean,
): null | string => {
  // "null" means "no value" for equals and not_equals; inside a list it is just a word.
  if (!inAList && (value === null || value === 'null')) return null
  // GraphQL errors skip the REST error mapping: catch what PostgreSQL refuses before the query.
  const unstorable = typeof value === 'string' ? problemIn(value) : null
  if (unstorable) return unstorable
  switch (field.type) {
    case 'date':
      return isDate(value) ? null : `${shown(value)} är inte ett datum (ÅÅÅÅ-MM-DD).`
    case 'number':
      return isSafeNumber(value) ? null : `${shown(value)} är inte ett tal.`
    case 'checkbox':
      return booleans.has(value as string) ? null : `${shown(value)} ska vara true eller false.`
    case 'id':
    case 'relationship':
    case 'upload':
      return field.polymorphic || isId(value, idType) ? null : `${shown(value)} är inte ett id.`
    default:
      return null
  }
}

/** What is wrong with one operator on one field, or null. */
const operatorProblem = (
  field: QueryField,
  operator: string,
  { postgres, sql }: QueryContext,
): null | string => {
  if (sql && containers.has(field.type)) {
    return 'fungerar inte på en grupp eller lista själv; fråga på ett fält i den, t.ex. lista.fält.'
  }
  if (operator === 'exists') return null
  if (geoOperators.has(operator) && field.type !== 'point') return 'fungerar bara på positionsfält.'
  // Payload's SQL adapters have no "all" (a TODO in their operator map): a TypeError, a 500.
  if (operator === 'all' && sql) return 'all stöds inte av databasen; använd in.'
  if (operator === 'all' && !field.hasMany) return 'fungerar bara på fält med flera värden.'
  // A row id is text in a document but a serial number in its versions (drafts).
  const compared = ['date', 'number', 'checkbox', 'id', 'relationship', 'upload', 'rowId']
  // On PostgreSQL a choice is an enum and rich text is jsonb: neither has ILIKE. A choice of
  // many is the exception: Payload reads "contains" there as "has this value".
  const choices =
    postgres && !(field.hasMany && operator === 'contains')
      ? ['select', 'radio', 'richText', 'json']
      : []
  if (
    ['like', 'not_like', 'contains'].includes(operator) &&
    [...compared, ...choices].includes(field.type)
  ) {
    return 'söker i text och fungerar inte på det här fältet.'
  }
  return null
}

/** The relationship inside an array or block list that a longer path goes through, if any. */
const relationInListOn = (path: string, fields: Map<string, QueryField>): string | undefined => {
  const parts = path.split('.')
  for (let end = parts.length - 1; end > 0; end--) {
    const prefix = parts.slice(0, end).join('.')
    const field = fields.get(prefix)
    if (field) {
      return (field.type === 'relationship' || field.type === 'upload') && field.inList
        ? prefix
        : undefined
    }
  }
  return undefined
}

/**
 * What Payload's own query validation lets through but the database then fails on with a 500:
 * a value that does not fit the field (a word compared with a date, a number or an id), a list
 * operator without values, "all" on a single-value field, a geo operator away from a point, and
 * any operator but exists on an array, block list or group. Unknown paths and operators are
 * Payload's to refuse with its own 400. Returns one Swedish message per problem.
 */
export const queryProblems = (
  where: unknown,
  fields: Map<string, QueryField>,
  context: QueryContext,
  depth = 0,
  blockTablesUsed = new Map<string, string>(),
): string[] => {
  if (!isObject(where)) return []
  if (depth > 20) return ['Frågan (where) är för djupt nästlad: högst 20 nivåer av and/or.']
  const problems: string[] = []
  for (const [path, constraint] of Object.entries(where)) {
    if (['and', 'or'].includes(path.toLowerCase()) && Array.isArray(constraint)) {
      for (const item of constraint) {
        problems.push(...queryProblems(item, fields, context, depth + 1, blockTablesUsed))
      }
      continue
    }
    const field = fields.get(path)
    if (!field) {
      const through = context.sql ? relationInListOn(path, fields) : undefined
      if (through) {
        // The SQL adapters join the related table under an alias the row table already uses.
        problems.push(
          `where[${path}]: går inte att söka genom relationen ${through} i en lista. Sök på relationens id (where[${through}][equals]=…) i stället.`,
        )
      }
      continue
    }
    if (!isObject(constraint)) continue
    for (const [operator, value] of Object.entries(constraint)) {
      const at = `where[${path}][${operator}]`
      const takesList = listOperators.has(operator)
      // The SQL adapters join a block type's table once per condition under one alias, so a
      // second condition on the same block type fails the whole query (a 500).
      const shared = context.sql
        ? (field.blockTables ?? []).find((table) => blockTablesUsed.has(table))
        : undefined
      if (shared) {
        problems.push(
          `${at}: högst ett villkor per blocktyp (${shared.replace(':', ', ')}); ${blockTablesUsed.get(shared)} har redan ett.`,
        )
        continue
      }
      for (const table of field.blockTables ?? []) blockTablesUsed.set(table, `where[${path}]`)
      const wrongOperator = operatorProblem(field, operator, context)
      if (wrongOperator) {
        problems.push(`${at}: operatorn ${wrongOperator}`)
        continue
      }
      if (operator === 'exists') {
        if (!booleans.has(value as string)) problems.push(`${at}: ska vara true eller false.`)
        continue
      }
      if (!takesList && Array.isArray(value)) {
        problems.push(`${at}: ange ett enda värde (operatorn tar inte en lista).`)
        continue
      }
      const values = takesList
        ? Array.isArray(value)
          ? value
          : String(value ?? '')
              .split(',')
              .filter((item) => item !== '')
        : [value]
      if (values.length === 0) {
        problems.push(`${at}: ange minst ett värde, t.ex. ${at}=a,b.`)
        continue
      }
      for (const item of values) {
        const problem = valueProblem(field, item, context.idType, takesList)
        if (problem) {
          problems.push(`${at}: ${problem}`)
          break
        }
      }
    }
  }
  return problems
}

/**
 * limit and page as the database needs them. Payload turns "?limit=0&limit=0" into NaN and passes
 * a negative page on as a negative OFFSET, both 500s on PostgreSQL.
 */
export const pagingProblems = ({ limit, page }: { limit?: unknown; page?: unknown }): string[] => {
  const wholeFrom = (value: unknown, least: number) =>
    value === undefined || value === null || (Number.isSafeInteger(value) && Number(value) >= least)
  return [
    ...(wholeFrom(limit, 0)
      ? []
      : ['limit ska vara ett heltal, 0 eller större. / limit must be a whole number ≥ 0.']),
    ...(wholeFrom(page, 1)
      ? []
      : ['page ska vara ett heltal, 1 eller större. / page must be a whole number ≥ 1.']),
  ]
}

/**
 * Sorting by a field inside an array or block list, or by the list or a group itself, fails in
 * the SQL adapters with a 500. Unknown paths are left to Payload, which ignores them.
 */
export const sortProblems = (sort: unknown, fields: Map<string, QueryField>): string[] => {
  if (sort === undefined || sort === null) return []
  const entries = (Array.isArray(sort) ? sort : [sort]).flatMap((entry) =>
    typeof entry === 'string' ? entry.split(',') : [entry],
  )
  const problems: string[] = []
  for (const entry of entries) {
    if (typeof entry !== 'string') {
      problems.push('sort ska vara fältnamn, t.ex. sort=-updatedAt.')
      continue
    }
    const path = entry.trim().replace(/^[-+]/, '')
    const field = fields.get(path)
    if (field && (field.inList || containers.has(field.type))) {
      problems.push(
        `sort=${entry}: det går inte att sortera på ett fält i en lista eller på en grupp; välj ett fält på dokumentet.`,
      )
    }
  }
  return problems
}
