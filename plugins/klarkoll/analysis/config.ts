import type { OptionSpec } from './optionsSchema'
import type { Rule } from './rule'
import type { Severity } from './types'

import { optionProblem } from './optionsSchema'

export type RuleLevel = 'off' | Severity

/** ESLint-style: `'warning'`, `'off'`, `['error', { max: 40 }]`. */
export type RuleSetting = [RuleLevel, Record<string, unknown>?] | RuleLevel

export type RuleSettings = Record<string, RuleSetting>

/** What the resolver needs of a rule: klarspråk rules and policy rules alike. */
export type ConfigurableRule = {
  defaultOptions: object
  defaultSeverity: Severity
  id: string
  /** An `OptionsSchema` of the rule's options. */
  optionsSchema?: object
}

export type Resolved<R extends ConfigurableRule> = { options: object; rule: R; severity: Severity }

export type ResolvedRule = Resolved<Rule<object>>

const levels = new Set(['error', 'info', 'off', 'warning'])

export class RuleConfigError extends Error {
  constructor(message: string) {
    super(message)
    this.name = 'RuleConfigError'
  }
}

/**
 * Applies rule settings to the rules' defaults. Unknown rule ids, levels and options are errors:
 * a typo in a municipality's policy must not silently turn a check off.
 */
export const resolveRules = <R extends ConfigurableRule>(
  rules: R[],
  settings: RuleSettings = {},
  /** Settings of other namespaces (policy/, a11y/) belong to other rule sets. */
  namespace = 'klarsprak/',
): Resolved<R>[] => {
  const byId = new Map(rules.map((rule) => [rule.id, rule]))
  for (const id of Object.keys(settings)) {
    if (!byId.has(id) && id.startsWith(namespace)) {
      throw new RuleConfigError(
        `Okänd regel "${id}". Regler som finns: ${[...byId.keys()].join(', ') || 'inga (en webbplats lägger till egna med customRules)'}.`,
      )
    }
  }
  const resolved: Resolved<R>[] = []
  for (const rule of rules) {
    const setting = settings[rule.id]
    const [level, options] = Array.isArray(setting) ? setting : [setting ?? rule.defaultSeverity]
    if (!levels.has(level)) {
      throw new RuleConfigError(
        `Regeln "${rule.id}" har nivån "${String(level)}". Använd error, warning, info eller off.`,
      )
    }
    if (options !== undefined && (typeof options !== 'object' || Array.isArray(options))) {
      throw new RuleConfigError(
        `Regeln "${rule.id}": alternativen ska vara ett objekt, som ['warning', { … }].`,
      )
    }
    for (const [key, value] of Object.entries(options ?? {})) {
      if (!(key in rule.defaultOptions)) {
        throw new RuleConfigError(
          `Regeln "${rule.id}" har inget alternativ "${key}". Alternativ: ${Object.keys(rule.defaultOptions).join(', ') || 'inga'}.`,
        )
      }
      const problem = optionProblem(
        value,
        (rule.defaultOptions as Record<string, unknown>)[key],
        (rule.optionsSchema as Record<string, OptionSpec | undefined> | undefined)?.[key],
      )
      if (problem) {
        throw new RuleConfigError(`Regeln "${rule.id}": alternativet "${key}" ${problem}.`)
      }
    }
    if (level === 'off') continue
    resolved.push({ options: { ...rule.defaultOptions, ...options }, rule, severity: level })
  }
  return resolved
}

const resolvedCache = new WeakMap<object, WeakMap<RuleSettings, Resolved<ConfigurableRule>[]>>()

/**
 * `resolveRules`, remembered per rule set and settings object: both are long-lived (the plugin's
 * rules with the host's own, a preset), so each pair is resolved once, not on every check.
 */
export const resolveCached = <R extends ConfigurableRule>(
  rules: R[],
  settings: RuleSettings,
  namespace: string,
): Resolved<R>[] => {
  let bySettings = resolvedCache.get(rules)
  if (!bySettings) {
    bySettings = new WeakMap()
    resolvedCache.set(rules, bySettings)
  }
  let resolved = bySettings.get(settings)
  if (!resolved) {
    resolved = resolveRules(rules, settings, namespace)
    bySettings.set(settings, resolved)
  }
  return resolved as Resolved<R>[]
}

/** `resolveCached` for one fixed rule set. */
export const cachedResolver =
  <R extends ConfigurableRule>(rules: R[], namespace: string) =>
  (settings: RuleSettings): Resolved<R>[] =>
    resolveCached(rules, settings, namespace)
