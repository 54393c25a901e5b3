/**
 * What a rule option may hold beyond the type of its default: a municipality's policy sets
 * `maxWords: 'tjugo'` or `maxWords: -5` by mistake, and a check that silently stops working is
 * worse than a start-up error.
 */
export type OptionSpec = {
  /** Whole numbers only. */
  integer?: boolean
  /** What a list holds, when its default is empty and cannot tell. */
  items?: 'object' | 'string'
  max?: number
  min?: number
  /** The only values allowed (for strings). */
  oneOf?: readonly string[]
}

export type OptionsSchema<Options extends object> = { [K in keyof Options]?: OptionSpec }

const typeName = (value: unknown): string =>
  Array.isArray(value)
    ? 'en lista'
    : value === null
      ? 'null'
      : ({
          boolean: 'sant eller falskt',
          number: 'ett tal',
          object: 'ett objekt',
          string: 'en text',
        }[typeof value as string] ?? typeof value)

const shown = (value: unknown) => {
  const text = JSON.stringify(value) ?? String(value)
  return text.length > 40 ? `${text.slice(0, 37)}…` : text
}

/**
 * The problem with one option's value, in Swedish, or null. The value must have its default's
 * type (a list of the same kind of items as the default's, when it has any) and meet `spec`.
 */
export const optionProblem = (
  value: unknown,
  defaultValue: unknown,
  spec: OptionSpec = {},
): null | string => {
  if (defaultValue !== null && defaultValue !== undefined) {
    const expected = typeName(defaultValue)
    if (typeName(value) !== expected) return `ska vara ${expected}, inte ${shown(value)}`
  }
  if (typeof value === 'number') {
    if (!Number.isFinite(value)) return `ska vara ett ändligt tal, inte ${shown(value)}`
    if (spec.integer && !Number.isInteger(value)) return `ska vara ett heltal, inte ${value}`
    if (spec.min !== undefined && value < spec.min)
      return `ska vara minst ${spec.min}, inte ${value}`
    if (spec.max !== undefined && value > spec.max)
      return `ska vara högst ${spec.max}, inte ${value}`
  }
  if (spec.oneOf && !spec.oneOf.includes(value as string)) {
    return `ska vara ${spec.oneOf.map((v) => `"${v}"`).join(', ')}, inte ${shown(value)}`
  }
  const itemType = spec.items
    ? typeName(spec.items === 'string' ? '' : {})
    : Array.isArray(defaultValue) && defaultValue.length > 0
      ? typeName(defaultValue[0])
      : undefined
  if (Array.isArray(value) && itemType) {
    const wrong = value.find((item) => typeName(item) !== itemType)
    if (wrong !== undefined) return `ska bara innehålla ${itemType}, inte ${shown(wrong)}`
  }
  return null
}
