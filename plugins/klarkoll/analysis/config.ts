import type { Rule } from './rule'
import type { Severity } from './types'

export type RuleLevel = 'off' | Severity

/** ESLint-style: `'warning'`, `'off'`, `['error', { max: 40 }]`. */
export type RuleSetting = [RuleLevel, Record<string, unknown>?] | RuleLevel

export type RuleSettings = Record<string, RuleSetting>

export type ResolvedRule = { options: object; rule: Rule<object>; severity: Severity }

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
export const resolveRules = (
  rules: Rule<object>[],
  settings: RuleSettings = {},
): ResolvedRule[] => {
  const byId = new Map(rules.map((rule) => [rule.id, rule]))
  for (const id of Object.keys(settings)) {
    if (!byId.has(id) && id.startsWith('klarsprak/')) {
      throw new RuleConfigError(
        `Okänd regel "${id}". Regler som finns: ${[...byId.keys()].join(', ')}.`,
      )
    }
  }
  const resolved: ResolvedRule[] = []
  for (const rule of rules) {
    const setting = settings[rule.id]
    const [level, options] = Array.isArray(setting) ? setting : [setting ?? rule.defaultSeverity]
    if (!levels.has(level)) {
      throw new RuleConfigError(
        `Regeln "${rule.id}" har nivån "${String(level)}". Använd error, warning, info eller off.`,
      )
    }
    for (const key of Object.keys(options ?? {})) {
      if (!(key in rule.defaultOptions)) {
        throw new RuleConfigError(
          `Regeln "${rule.id}" har inget alternativ "${key}". Alternativ: ${Object.keys(rule.defaultOptions).join(', ') || 'inga'}.`,
        )
      }
    }
    if (level === 'off') continue
    resolved.push({ options: { ...rule.defaultOptions, ...options }, rule, severity: level })
  }
  return resolved
}
