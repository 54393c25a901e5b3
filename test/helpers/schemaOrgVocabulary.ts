import { readFileSync } from 'node:fs'
import { createRequire } from 'node:module'
import ts from 'typescript'

/**
 * The schema.org vocabulary as schema-dts (Google's, generated from the schema.org release) states
 * it: every type with its properties (own and inherited), every property's range, every type's
 * subtypes and every enumeration's members. Read from its declaration file with the TypeScript
 * parser, so a runtime check of our JSON-LD uses the same release as the compile-time types.
 */
export type Vocabulary = {
  /** Enumeration members as written in JSON-LD ("https://schema.org/Monday", "Monday"). */
  members: Map<string, Set<string>>
  /** Properties a type has, with the type names each accepts. */
  properties: Map<string, Map<string, string[]>>
  /** Each type's direct subtypes. */
  subtypes: Map<string, string[]>
}

const dataTypes: Record<string, (value: unknown) => boolean> = {
  Boolean: (v) => typeof v === 'boolean',
  Date: (v) => typeof v === 'string' && /^\d{4}-\d\d-\d\d$/.test(v),
  DateTime: (v) => typeof v === 'string' && !Number.isNaN(Date.parse(v)),
  // A Quantity whose values schema.org writes in ISO 8601 duration format ("P5D").
  Duration: (v) =>
    typeof v === 'string' &&
    /^P(?!$)(\d+Y)?(\d+M)?(\d+W)?(\d+D)?(T(?=\d)(\d+H)?(\d+M)?(\d+S)?)?$/.test(v),
  Float: (v) => typeof v === 'number',
  Integer: (v) => Number.isInteger(v),
  Number: (v) => typeof v === 'number',
  Text: (v) => typeof v === 'string',
  Time: (v) => typeof v === 'string' && /^([01]\d|2[0-4]):[0-5]\d(:[0-5]\d)?$/.test(v),
  URL: (v) => typeof v === 'string' && URL.canParse(v),
}

let cached: null | Vocabulary = null

export const schemaOrgVocabulary = (): Vocabulary => {
  if (cached) return cached
  const require = createRequire(import.meta.url)
  const path = require.resolve('schema-dts').replace(/schema\.js$/, 'schema.d.ts')
  const source = ts.createSourceFile(path, readFileSync(path, 'utf8'), ts.ScriptTarget.Latest)
  const bases = new Map<string, { extends: string[]; own: Map<string, string[]> }>()
  const leafOf = new Map<string, string>()
  const unions = new Map<string, string[]>()
  const members = new Map<string, Set<string>>()
  const names = (type: ts.TypeNode): string[] =>
    ts.isUnionTypeNode(type)
      ? type.types.flatMap(names)
      : ts.isTypeReferenceNode(type)
        ? [type.typeName.getText(source)]
        : []
  for (const statement of source.statements) {
    if (ts.isInterfaceDeclaration(statement)) {
      const name = statement.name.text
      const parents = (statement.heritageClauses ?? []).flatMap((clause) =>
        clause.types.map((t) => t.expression.getText(source)),
      )
      const own = new Map<string, string[]>()
      let typeName: string | undefined
      for (const member of statement.members) {
        if (!ts.isPropertySignature(member) || !member.type) continue
        const key = member.name.getText(source).replace(/^"|"$/g, '')
        if (key === '@type' && ts.isLiteralTypeNode(member.type)) {
          typeName = (member.type.literal as ts.StringLiteral).text
        } else if (ts.isTypeReferenceNode(member.type) && member.type.typeArguments) {
          // SchemaValue<A | B | IdReference, "prop">
          own.set(
            key,
            names(member.type.typeArguments[0]!).filter((n) => n !== 'IdReference'),
          )
        }
      }
      bases.set(name, { extends: parents, own })
      if (typeName) leafOf.set(typeName, name)
    } else if (ts.isTypeAliasDeclaration(statement) && ts.isUnionTypeNode(statement.type)) {
      const name = statement.name.text
      const literals = statement.type.types
        .filter(ts.isLiteralTypeNode)
        .map((t) => (t.literal as ts.StringLiteral).text)
        .filter((text) => typeof text === 'string')
      if (literals.length > 0) members.set(name, new Set(literals))
      unions.set(
        name,
        names(statement.type)
          .filter((n) => n !== `${name}Leaf`)
          .filter((n) => !/^(string|number|boolean)$/.test(n)),
      )
    }
  }
  const allProperties = (base: string, seen = new Set<string>()): Map<string, string[]> => {
    const found = new Map<string, string[]>()
    const entry = bases.get(base)
    if (!entry || seen.has(base)) return found
    seen.add(base)
    for (const parent of entry.extends) {
      for (const [key, range] of allProperties(parent, seen)) found.set(key, range)
    }
    for (const [key, range] of entry.own) found.set(key, range)
    return found
  }
  const properties = new Map<string, Map<string, string[]>>()
  for (const [type, leaf] of leafOf) properties.set(type, allProperties(leaf))
  const subtypes = new Map<string, string[]>()
  for (const [name, parts] of unions)
    subtypes.set(
      name,
      parts.filter((p) => properties.has(p)),
    )
  cached = { members, properties, subtypes }
  return cached
}

/** Whether `type` is `range` or one of its subtypes. */
const isA = (
  vocabulary: Vocabulary,
  type: string,
  range: string,
  seen = new Set<string>(),
): boolean => {
  if (type === range) return true
  if (seen.has(range)) return false
  seen.add(range)
  return (vocabulary.subtypes.get(range) ?? []).some((sub) => isA(vocabulary, type, sub, seen))
}

const fits = (vocabulary: Vocabulary, value: unknown, ranges: string[]): boolean => {
  if (value && typeof value === 'object') {
    const node = value as Record<string, unknown>
    if (typeof node['@type'] !== 'string') return Object.keys(node).every((k) => k === '@id')
    return ranges.some((range) => isA(vocabulary, node['@type'] as string, range))
  }
  return ranges.some(
    (range) =>
      dataTypes[range]?.(value) === true || vocabulary.members.get(range)?.has(String(value)),
  )
}

/**
 * Every problem of a JSON-LD document against the vocabulary, with its path: an unknown type, a
 * property the type does not have (its domain), a value outside the property's range. Checked as
 * sent: after JSON serialisation, which drops undefined properties.
 */
export const vocabularyProblems = (document: unknown): string[] =>
  problemsOf(JSON.parse(JSON.stringify(document)) as unknown, '$')

const problemsOf = (value: unknown, path: string): string[] => {
  const vocabulary = schemaOrgVocabulary()
  if (Array.isArray(value)) return value.flatMap((v, i) => problemsOf(v, `${path}[${i}]`))
  if (!value || typeof value !== 'object') return []
  const node = value as Record<string, unknown>
  const type = node['@type']
  if (typeof type !== 'string') {
    return Object.keys(node).every((k) => k === '@id') ? [] : [`${path}: ingen @type`]
  }
  const properties = vocabulary.properties.get(type)
  if (!properties) return [`${path}: typen ${type} finns inte i schema.org`]
  const problems: string[] = []
  for (const [key, child] of Object.entries(node)) {
    if (key.startsWith('@')) continue
    const ranges = properties.get(key)
    if (!ranges) {
      problems.push(`${path}.${key}: ${type} har ingen egenskap ${key}`)
      continue
    }
    const values = Array.isArray(child) ? child : [child]
    values.forEach((v, i) => {
      const at = Array.isArray(child) ? `${path}.${key}[${i}]` : `${path}.${key}`
      if (!fits(vocabulary, v, ranges)) {
        problems.push(`${at}: ${JSON.stringify(v)} är inte ${ranges.join(' eller ')}`)
      } else problems.push(...problemsOf(v, at))
    })
  }
  return problems
}
