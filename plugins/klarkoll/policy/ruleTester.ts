import type { RuleExamples } from '../analysis/ruleTester'
import type { PolicyContext, PolicyRule } from './rule'

import { checkExamples } from '../analysis/ruleTester'
import { runPolicy } from './run'

/**
 * The rule tester for service-policy rules: each example's document is checked as the gate checks
 * it, in the rule's collection, at the rule's default level with the example's options. `load`
 * gives related documents (opening hours, say).
 */
export const testPolicyRule = <Options extends { collection: string }>(
  rule: PolicyRule<Options>,
  examples: RuleExamples<{ doc: Record<string, unknown> }>,
  load: PolicyContext['load'] = async () => null,
): Promise<void> =>
  checkExamples(
    rule.id,
    examples,
    ({ doc }) => {
      const text = JSON.stringify(doc)
      return text.length > 80 ? `${text.slice(0, 77)}…` : text
    },
    ({ doc, options }) =>
      runPolicy(
        {
          collection: (options?.collection as string | undefined) ?? rule.defaultOptions.collection,
          doc,
          load,
        },
        { [rule.id]: [rule.defaultSeverity, options ?? {}] },
        [rule as unknown as PolicyRule<{ collection: string }>],
      ),
  )
