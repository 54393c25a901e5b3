import type { RuleExamples } from '../analysis/ruleTester'
import type { A11yRule } from './rule'

import { checkExamples } from '../analysis/ruleTester'
import { checkHtmlAccessibility } from './checkHtml'
import { a11yRules } from './rules'

/**
 * The rule tester for accessibility rules: each example's HTML is checked as the gate checks it
 * (in the worker, in jsdom), with only this rule on (axe off), at its default level.
 */
export const testA11yRule = <Options extends object>(
  rule: A11yRule<Options>,
  examples: RuleExamples<{ html: string }>,
): Promise<void> =>
  checkExamples(
    rule.id,
    examples,
    ({ html }) => JSON.stringify(html.length > 80 ? `${html.slice(0, 77)}…` : html),
    ({ html, options }) =>
      checkHtmlAccessibility(html, {
        path: 'body',
        settings: {
          ...Object.fromEntries(a11yRules.map((r) => [r.id, 'off' as const])),
          'a11y/axe': 'off',
          [rule.id]: [rule.defaultSeverity, options ?? {}],
        },
      }),
  )
