import type { RuleSetting, RuleSettings } from './analysis/config'
import type { Preset } from './presets'

import { presetChain } from './presets'

/** One layer that set a rule: a preset of the chain, or the site's own configuration. */
export type SettingSource = { label: string; setting: RuleSetting }

/**
 * Every layer that set each rule, base first; the last is in effect and the earlier ones are what
 * it replaced, so the dashboard can say "webbplatsens inställning, ersätter policyn Helsingborg".
 * `keep` leaves out rules the site does not have (a preset's policy rules it has not added).
 */
export const settingSources = (
  preset: Preset | string,
  site: Array<{ label: string; rules: RuleSettings }>,
  keep: (id: string) => boolean,
): Record<string, SettingSource[]> => {
  const layers = [
    ...presetChain(preset).map((p) => ({ label: `policyn ${p.label}`, rules: p.rules })),
    ...site,
  ]
  const sources: Record<string, SettingSource[]> = {}
  for (const { label, rules } of layers) {
    for (const [id, setting] of Object.entries(rules)) {
      if (!keep(id)) continue
      ;(sources[id] ??= []).push({ label, setting })
    }
  }
  return sources
}
