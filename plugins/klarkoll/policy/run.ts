import type { RuleSettings } from '../analysis/config'
import type { Finding } from '../analysis/types'
import type { PolicyContext, PolicyRule } from './rule'

import { cachedResolver } from '../analysis/config'
import { toFinding } from '../analysis/rule'
import { policyRules } from './rules'

const resolvePolicy = cachedResolver<PolicyRule<{ collection: string }>>(policyRules, 'policy/')

/** The service-policy findings for one document of `context.collection`. */
export const runPolicy = async (
  context: PolicyContext,
  settings: RuleSettings,
): Promise<Finding[]> => {
  const rules = resolvePolicy(settings)
  const findings: Finding[] = []
  for (const { options, rule, severity } of rules) {
    const ruleOptions = options as { collection: string }
    if (ruleOptions.collection !== context.collection) continue
    for (const found of await rule.check(context, ruleOptions)) {
      findings.push(toFinding(found, { area: 'policy', ruleId: rule.id, severity }))
    }
  }
  return findings
}
