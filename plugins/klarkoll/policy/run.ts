import type { RuleSettings } from '../analysis/config'
import type { Finding } from '../analysis/types'
import type { PolicyContext, PolicyRule } from './rule'

import { resolveCached } from '../analysis/config'
import { toFinding } from '../analysis/rule'

/** The service-policy findings for one document of `context.collection`. */
export const runPolicy = async (
  context: PolicyContext,
  settings: RuleSettings,
  /** The policy rules in use: the site adds them (the plugin has none of its own). */
  policyRules: PolicyRule<{ collection: string }>[],
): Promise<Finding[]> => {
  const rules = resolveCached(policyRules, settings, 'policy/')
  const findings: Finding[] = []
  for (const { options, rule, severity } of rules) {
    const ruleOptions = options as { collection: string }
    if (ruleOptions.collection !== context.collection) continue
    for (const found of await rule.check(context, ruleOptions)) {
      findings.push(
        toFinding(found, { area: 'policy', messages: rule.messages, ruleId: rule.id, severity }),
      )
    }
  }
  return findings
}
