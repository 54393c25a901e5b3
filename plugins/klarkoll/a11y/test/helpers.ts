import type { RuleSettings } from '../../analysis/config'

import { checkHtmlAccessibility } from '../checkHtml'
import { a11yRules } from '../rules'

/** Only one rule on (axe off too): a rule's own passing and failing examples. */
export const only = (id: string, setting: RuleSettings[string] = 'warning'): RuleSettings => ({
  ...Object.fromEntries(a11yRules.map((rule) => [rule.id, 'off'])),
  'a11y/axe': 'off',
  [id]: setting,
})

export const check = (html: string, id: string, setting?: RuleSettings[string]) =>
  checkHtmlAccessibility(html, { path: 'body', settings: only(id, setting) })

export const excerpts = async (html: string, id: string, setting?: RuleSettings[string]) =>
  (await check(html, id, setting)).map((f) => f.excerpt)
