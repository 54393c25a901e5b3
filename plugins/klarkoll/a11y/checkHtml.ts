import type { RuleSettings } from '../analysis/config'
import type { Finding } from '../analysis/types'
import type { A11yRule } from './rule'

import { cachedResolver } from '../analysis/config'
import { axeRule } from './axe'
import { a11yRules } from './rules'
import { jobKey, remembered } from './rememberedChecks'
import { A11yBudgetError, checkBudgetMs, workerPool } from './workerPool'

const resolve = cachedResolver<A11yRule<object> | typeof axeRule>([...a11yRules, axeRule], 'a11y/')

const inWorker = async (
  html: string,
  {
    budgetMs,
    lang,
    path,
    settings,
  }: { budgetMs: number; lang?: string; path: string; settings: RuleSettings },
): Promise<Finding[]> => {
  try {
    return (await workerPool().run(
      { html, kind: 'a11y', lang, path, settings },
      budgetMs,
    )) as Finding[]
  } catch (error) {
    if (!(error instanceof A11yBudgetError)) throw error
    return [
      {
        area: 'a11y',
        message: `${error.message} Texten granskades inte för tillgänglighet; dela upp den eller försök igen.`,
        path,
        ruleId: 'a11y/unavailable',
        severity: 'warning',
      },
    ]
  }
}

// One object for "no settings", so that rememberedChecks.ts knows it as the same policy.
const noSettings: RuleSettings = {}

/**
 * The accessibility checks of one HTML fragment (author rules, then axe-core), in a worker
 * thread: jsdom and axe on 225 kB of HTML kept the event loop busy for 20 s. Within `budgetMs`;
 * over it, the check gives one a11y/unavailable warning and the request goes on. The same
 * fragment checked with the same settings again gets the remembered result (a check over its
 * budget for a minute: it would only take as long again).
 */
export const checkHtmlAccessibility = (
  html: string,
  {
    budgetMs = checkBudgetMs,
    lang,
    path,
    settings = noSettings,
  }: { budgetMs?: number; lang?: string; path: string; settings?: RuleSettings },
): Promise<Finding[]> =>
  remembered(
    jobKey(`a11y\0${lang ?? 'sv'}\0${path}`, html, settings),
    () => inWorker(html, { budgetMs, lang, path, settings }),
    (findings) => (findings.some((f) => f.ruleId === 'a11y/unavailable') ? 60_000 : undefined),
  )

/** Whether any accessibility rule is on: when none is, the HTML need not even be rendered. */
export const accessibilityEnabled = (settings: RuleSettings = {}): boolean =>
  resolve(settings).length > 0
