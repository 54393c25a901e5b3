import type { RuleSettings } from '../analysis/config'
import type { Finding } from '../analysis/types'
import type { A11yRule } from './rule'

import { cachedResolver } from '../analysis/config'
import { toFinding } from '../analysis/rule'
import { axeRule, runAxe } from './axe'
import { a11yRules } from './rules'
import { withHtmlWindow } from './window'

const resolve = cachedResolver<A11yRule<object> | typeof axeRule>([...a11yRules, axeRule], 'a11y/')

/**
 * The accessibility checks of one HTML fragment, as the public site will render it: the author
 * rules first, then axe-core for what they do not cover, in a jsdom window of its own for the
 * check (see window.ts). `path` is the field's path; `lang` the document's language (Swedish
 * when not given). Runs in a worker thread (workerPool.ts).
 */
export const checkInWindow = async (
  html: string,
  { lang, path, settings = {} }: { lang?: string; path: string; settings?: RuleSettings },
): Promise<Finding[]> => {
  const rules = resolve(settings)
  for (const { rule } of rules) await (rule as A11yRule<object>).prepare?.()
  return withHtmlWindow(html, lang, async (window, root) => {
    const flagged = new Set<Element>()
    const findings: Finding[] = []
    for (const { options, rule, severity } of rules) {
      if (rule.id === axeRule.id) continue
      for (const found of (rule as A11yRule<object>).check(
        { flag: (el) => flagged.add(el), root },
        options,
      )) {
        const finding = toFinding(found, {
          area: 'a11y',
          messages: (rule as A11yRule<object>).messages,
          ruleId: rule.id,
          severity,
        })
        findings.push(
          found.path ? { ...finding, path: `${path}.${found.path}` } : { ...finding, path },
        )
      }
    }
    const axeSetting = rules.find((r) => r.rule.id === axeRule.id)
    if (axeSetting) {
      const { disable } = axeSetting.options as typeof axeRule.defaultOptions
      for (const found of await runAxe(window, root, { disable, skip: flagged })) {
        findings.push({
          area: 'a11y',
          excerpt: found.excerpt,
          message: found.message,
          path,
          ruleId: axeRule.id,
          severity: found.blocking ? axeSetting.severity : 'warning',
          ...(found.wcag ? { wcag: found.wcag } : {}),
        })
      }
    }
    return findings
  })
}
