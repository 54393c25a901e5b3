import type { ConfigurableRule, RuleLevel, RuleSetting } from '../analysis/config'
import type { SettingSource } from '../settingSources'

export type DescribedRule = ConfigurableRule & { meta?: { title?: string } }

/** A rule as it is in effect, with where its setting comes from and what that replaced. */
export type SettingRow = {
  id: string
  level: RuleLevel
  /** The options the setting gives, in words ("max 55"); empty when it gives none. */
  options: string
  /** Earlier layers the setting replaced, nearest first (policyn Helsingborg: fel, max 40). */
  replaces: Array<{ label: string; level: RuleLevel; options: string }>
  source: string
  title: string
}

export const levelWords: Record<RuleLevel, string> = {
  error: 'fel',
  info: 'tips',
  off: 'av',
  warning: 'varning',
}

const singular: Record<string, string> = { arbetsdagar: 'arbetsdag', dagar: 'dag', timmar: 'timme' }

/** Options in words: `{ max: 55 }` → "max 55"; a promise `{ unit, value }` → "3 dagar". */
export const optionWords = (options: Record<string, unknown> = {}): string =>
  Object.entries(options)
    .map(([key, value]) => `${key} ${valueWords(value)}`)
    .join(', ')

const valueWords = (value: unknown): string => {
  if (Array.isArray(value)) return value.map(valueWords).join(', ')
  if (value && typeof value === 'object') {
    const { unit, value: amount } = value as { unit?: unknown; value?: unknown }
    if (typeof unit === 'string' && unit in singular && typeof amount === 'number') {
      return `${amount} ${amount === 1 ? singular[unit] : unit}`
    }
    return `(${optionWords(value as Record<string, unknown>)})`
  }
  return String(value)
}

const split = (setting: RuleSetting): [RuleLevel, Record<string, unknown> | undefined] =>
  Array.isArray(setting) ? [setting[0], setting[1]] : [setting, undefined]

/**
 * Every rule with its effective level, the options its setting gives and where that comes from;
 * a rule no layer sets is at its own default ("regelns standard").
 */
export const settingRows = (
  rules: DescribedRule[],
  sources: Record<string, SettingSource[]>,
): SettingRow[] =>
  rules.map((rule) => {
    const layers = sources[rule.id] ?? []
    const effective = layers.at(-1)
    const [level, options] = effective
      ? split(effective.setting)
      : [rule.defaultSeverity, undefined]
    return {
      id: rule.id,
      level,
      options: optionWords(options),
      replaces: layers
        .slice(0, -1)
        .reverse()
        .map((layer) => {
          const [earlier, earlierOptions] = split(layer.setting)
          return { label: layer.label, level: earlier, options: optionWords(earlierOptions) }
        }),
      source: effective?.label ?? 'regelns standard',
      title: rule.meta?.title ?? rule.id,
    }
  })
