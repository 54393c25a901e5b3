import type { BrowserContext } from 'playwright-core'

import axe from 'axe-core'

import type { Finding } from '../analysis/types'

import { swedishLocale, wcagOf, wcagTags } from '../a11y/axe'
import { loadPlaywright } from './browser'
import { checkReflow } from './reflow'

// AxeBuilder injects this source into every frame: axe with the Swedish locale already set.
const axeSource = `${axe.source}
axe.configure({ locale: ${JSON.stringify(swedishLocale)} });`

/** What a rendered-page check found; stored as `klarkoll.page` on the document. */
export type PageCheck = {
  checkedAt: string
  /** Why the page could not be checked (not reachable, not 200). */
  error?: string
  findings: PageFinding[]
  url: string
}

/** A finding on the rendered page, with axe's short rule text for the statement proposal. */
export type PageFinding = Finding & { help: string }

const impactSeverity = {
  critical: 'warning',
  minor: 'info',
  moderate: 'warning',
  serious: 'warning',
} as const

/**
 * Opens a published page in Chromium and runs axe-core on it with the rules that need layout
 * (contrast, target size) included, in Swedish, then narrows it to 320 px for reflow. After
 * publishing the findings cannot block; they are warnings for the dashboard and proposals for
 * the accessibility statement. `status` is the answer the address should give (404 for the
 * not-found page).
 */
export const checkRenderedPage = async (
  context: BrowserContext,
  url: string,
  now = new Date(),
  status = 200,
): Promise<PageCheck> => {
  const page = await context.newPage()
  try {
    let response
    try {
      response = await page.goto(url, { timeout: 30_000, waitUntil: 'load' })
    } catch (error) {
      return {
        checkedAt: now.toISOString(),
        error: `Sidan gick inte att öppna: ${(error as Error).message.split('\n')[0]}`,
        findings: [],
        url,
      }
    }
    if (!response || response.status() !== status) {
      return {
        checkedAt: now.toISOString(),
        error: `Sidan svarade med status ${response?.status() ?? 'okänd'}.`,
        findings: [],
        url,
      }
    }
    let results
    try {
      const { AxeBuilder } = await loadPlaywright()
      results = await new AxeBuilder({ axeSource, page }).withTags(wcagTags).analyze()
    } catch (error) {
      // A page that navigates away while it is checked (a refresh, a script) cannot be checked.
      return {
        checkedAt: now.toISOString(),
        error: `Sidan gick inte att kontrollera: ${(error as Error).message.split('\n')[0]}`,
        findings: [],
        url,
      }
    }
    const findings: PageFinding[] = results.violations.flatMap((violation) =>
      violation.nodes.map((node) => ({
        area: 'a11y' as const,
        help: violation.help,
        // Only the site's own document is quoted: content inside frames may come from elsewhere.
        excerpt:
          node.target.length > 1
            ? '(innehåll i en inbäddad ram)'
            : node.html.length > 120
              ? `${node.html.slice(0, 117)}…`
              : node.html,
        message:
          `${violation.help}. ${node.failureSummary?.split('\n').slice(1).join(' ').trim() ?? ''}`.trim(),
        path: '',
        ruleId: `a11y/page/${violation.id}`,
        severity: impactSeverity[violation.impact ?? 'moderate'] ?? 'warning',
        suggestion: violation.helpUrl,
        wcag: wcagOf(violation.tags),
      })),
    )
    findings.push(...(await checkReflow(page)))
    return { checkedAt: now.toISOString(), findings, url }
  } finally {
    await page.close()
  }
}
