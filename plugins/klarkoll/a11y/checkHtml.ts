import type { RuleSettings } from '../analysis/config'
import type { Finding } from '../analysis/types'
import type { A11yRule } from './rule'

import { cachedResolver } from '../analysis/config'
import { axeRule, runAxe } from './axe'
import { A11yBudgetError } from './axePool'
import { a11yRules } from './rules'
import { withHtmlWindow } from './window'

const resolve = cachedResolver<A11yRule<object> | typeof axeRule>([...a11yRules, axeRule], 'a11y/')

/**
 * The accessibility checks of one HTML fragment, as the public site will render it: the author
 * rules first, then axe-core for what they do not cover, in a jsdom window of its own for the
 * check (see window.ts). `path` is the field's path.
 */
export const checkHtmlAccessibility = async (
  html: string,
  { path, settings = {} }: { path: string; settings?: RuleSettings },
): Promise<Finding[]> => {
  const rules = resolve(settings)
  return withHtmlWindow(html, async (window, root) => {
    const flagged = new Set<Element>()
    const findings: Finding[] = []
    for (const { options, rule, severity } of rules) {
      if (rule.id === axeRule.id) continue
      for (const found of (rule as A11yRule<object>).check(
        { flag: (el) => flagged.add(el), root },
        options,
      )) {
        findings.push({
          area: 'a11y',
          message: found.message,
          path: found.path ? `${path}.${found.path}` : path,
          ruleId: rule.id,
          severity: found.hint ? 'info' : severity,
          ...(found.excerpt !== undefined ? { excerpt: found.excerpt } : {}),
          ...(found.suggestion ? { suggestion: found.suggestion } : {}),
          ...(found.wcag ? { wcag: found.wcag } : {}),
        })
      }
    }
    const axeSetting = rules.find((r) => r.rule.id === axeRule.id)
    if (axeSetting) {
      const { disable } = axeSetting.options as typeof axeRule.defaultOptions
      let found: Awaited<ReturnType<typeof runAxe>> = []
      try {
        found = await runAxe(html, window, { disable, skip: flagged })
      } catch (error) {
        if (!(error instanceof A11yBudgetError)) throw error
        // The author rules above still count; axe's part is said to be missing.
        findings.push({
          area: 'a11y',
          message: `${error.message} Texten granskades inte av axe-core; dela upp den eller försök igen.`,
          path,
          ruleId: 'a11y/unavailable',
          severity: 'warning',
        })
      }
      for (const finding of found) {
        findings.push({
          area: 'a11y',
          excerpt: finding.excerpt,
          message: finding.message,
          path,
          ruleId: axeRule.id,
          severity: finding.blocking ? axeSetting.severity : 'warning',
          ...(finding.wcag ? { wcag: finding.wcag } : {}),
        })
      }
    }
    return findings
  })
}

/** Whether any accessibility rule is on: when none is, the HTML need not even be rendered. */
export const accessibilityEnabled = (settings: RuleSettings = {}): boolean =>
  resolve(settings).length > 0
