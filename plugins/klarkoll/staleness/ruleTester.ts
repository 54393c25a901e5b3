import type { RuleExamples } from '../analysis/ruleTester'
import type { StalenessRule } from './rule'
import type { ReviewRecord } from './state'

import { resolveRules } from '../analysis/config'
import { toFinding } from '../analysis/rule'
import { checkExamples } from '../analysis/ruleTester'
import { reviewState } from './state'
import type { VersionState } from '../versions/state'

export type StalenessExample = {
  doc: Record<string, unknown>
  /** The last review's record, if the document was reviewed. */
  record?: ReviewRecord
  /** Months between reviews; leave out for a collection not under review. @default 12 */
  months?: null | number
  /** "YYYY-MM-DD": examples name their day, never the machine's. */
  today: string
  /** For a language version: where it stands against its original (versions/state.ts). */
  version?: VersionState
}

/** The rule tester for staleness rules: each example's document on its own day. */
export const testStalenessRule = <Options extends object>(
  rule: StalenessRule<Options>,
  examples: RuleExamples<StalenessExample>,
): Promise<void> =>
  checkExamples(
    rule.id,
    examples,
    ({ doc, today }) => `${JSON.stringify(doc)} den ${today}`,
    ({ doc, months = 12, options, record, today, version }) => {
      const [resolved] = resolveRules(
        [rule as unknown as StalenessRule],
        {
          [rule.id]: [rule.defaultSeverity, options ?? {}],
        },
        'stale/',
      )
      const review = months === null ? null : reviewState({ doc, months, record, today })
      return resolved!.rule
        .check({ collection: 'pages', doc, review, today, version }, resolved!.options)
        .map((found) =>
          toFinding(found, {
            area: 'staleness',
            messages: rule.messages,
            ruleId: rule.id,
            severity: resolved!.severity,
          }),
        )
    },
  )
