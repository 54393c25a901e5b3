import type { PayloadRequest } from 'payload'

import { createHash } from 'node:crypto'

import type { RuleSettings } from '../analysis/config'
import type { AnalysisInput, AnalysisResult, Area, Finding } from '../analysis/types'
import type { ReviewRecord } from '../staleness/state'
import type { KlarkollSettings } from '../types'
import type { HtmlToCheck } from './collectionParts'
import type { Acceptance, Report } from './report'

import { accessibilityEnabled, checkHtmlAccessibility } from '../a11y/checkHtml'
import { analyze } from '../analysis/analyze'
import { runPolicy } from '../policy/run'
import { documentStaleness } from '../staleness/run'
import { relatedLoader } from './collectionParts'
import { buildReport } from './report'
import { languageMismatch } from '../versions/languageCheck'
import { versionProfile } from '../versions/profile'
import { signLanguageVideo } from '../versions/signLanguage'

/**
 * The text as written in a version's language: blocks the locale called Swedish are in the
 * version's language (an English locale's text stays English).
 */
const inLanguage = (input: AnalysisInput, lang: string): AnalysisInput => {
  const swedish = (value: string | undefined) => !value || value === 'sv'
  if (swedish(lang) || !swedish(input.lang)) return input
  return {
    ...input,
    blocks: input.blocks.map((block) => (swedish(block.lang) ? { ...block, lang } : block)),
    lang,
  }
}

export const allAreas: readonly Area[] = ['klarsprak', 'a11y', 'policy', 'staleness']

/** A saved or about-to-be-saved document: what the policy, staleness and link checks read. */
export type CheckedDocument = {
  collection: string
  data: Record<string, unknown>
  /** The collection's review records when already read for many documents (the audit). */
  reviews?: Map<string, ReviewRecord>
  req: PayloadRequest
}

export type RunChecksArgs = {
  accepted?: Acceptance[]
  /** The areas to check. @default every area */
  areas?: readonly Area[]
  /** The document the text belongs to; without one, only klarspråk and accessibility apply. */
  document?: CheckedDocument
  /** Markup to check for accessibility, each with its field's path; read only when needed. */
  html: (() => Promise<HtmlToCheck[]>) | HtmlToCheck[]
  input: AnalysisInput
  /** Where a checker that cannot run is logged. @default the document's request's logger */
  logger?: Pick<PayloadRequest['payload']['logger'], 'error'>
  /** Where findings about the whole text are shown. */
  mainField: string
  /** Results already computed elsewhere (the audit's worker threads), by the same engine. */
  precomputed?: { a11y?: Finding[]; analysis?: AnalysisResult }
  /** The rules; another policy than the site's for the analyze endpoint's `preset`. */
  rules?: RuleSettings
  preset?: string
  settings: KlarkollSettings
}

const unavailable: Finding = {
  area: 'a11y',
  message:
    'Tillgänglighetskontrollen kunde inte köras just nu. Texten granskades inte för tillgänglighet.',
  path: '',
  ruleId: 'a11y/unavailable',
  severity: 'warning',
}

const accessibility = async (
  html: RunChecksArgs['html'],
  rules: RuleSettings,
  logger: Pick<PayloadRequest['payload']['logger'], 'error'> | undefined,
  lang: string | undefined,
): Promise<Finding[]> => {
  if (!accessibilityEnabled(rules)) return []
  try {
    const findings: Finding[] = []
    for (const { html: markup, path } of typeof html === 'function' ? await html() : html) {
      findings.push(...(await checkHtmlAccessibility(markup, { lang, path, settings: rules })))
    }
    return findings
  } catch (error) {
    // A checker that cannot run must not stop editors: say so, and log it for the developers.
    logger?.error({ err: error, msg: 'klarkoll: tillgänglighetskontrollen kunde inte köras' })
    return [unavailable]
  }
}

/**
 * The one check pipeline: klarspråk, accessibility, service policy and staleness (with links)
 * for a text and, when it belongs to one, its document. The publish gate, the editor's panel,
 * the audit, the analyze endpoint and the dashboard's reports all come from here, so the same
 * document gets the same verdict everywhere.
 */
export const runChecks = async ({
  accepted,
  areas = allAreas,
  document,
  html,
  input,
  logger = document?.req.payload.logger,
  mainField,
  precomputed = {},
  preset,
  rules,
  settings,
}: RunChecksArgs): Promise<Report> => {
  const versions = settings.versions
  const profile =
    document && versions?.collections.includes(document.collection)
      ? versionProfile(document.data, {
          lattlastRules: versions.lattlastRules,
          siteRules: settings.rules,
        })
      : null
  const rulesInUse = rules ?? profile?.rules ?? settings.rules
  const text = profile?.lang ? inLanguage(input, profile.lang) : input
  const wanted = new Set(areas)
  const engine =
    // The workers analysed with the site's rules; a version with a profile of its own is redone.
    (profile && profile.language !== 'sv' ? undefined : precomputed.analysis) ??
    analyze(text, { rules: rulesInUse, ruleSet: settings.ruleSets.klarsprak })
  // The metrics (LIX…) describe the text whichever areas are asked for.
  const analysis = wanted.has('klarsprak') ? engine : { findings: [], metrics: engine.metrics }
  const other: Finding[] = []
  if (wanted.has('a11y')) {
    other.push(...(precomputed.a11y ?? (await accessibility(html, rulesInUse, logger, text.lang))))
    if (profile && versions && versions.languageCheck !== 'off') {
      other.push(...(await languageMismatch(text, versions.languageCheck)))
    }
    if (profile?.language === 'swl' && document) other.push(...signLanguageVideo(document.data))
  }
  if (document && wanted.has('policy')) {
    other.push(
      ...(await runPolicy(
        {
          collection: document.collection,
          doc: document.data,
          load: relatedLoader(document.req.payload, document.req),
        },
        rulesInUse,
        settings.ruleSets.policy,
      )),
    )
  }
  if (document && wanted.has('staleness')) {
    const { findings } = await documentStaleness({
      collection: document.collection,
      doc: document.data,
      records: document.reviews,
      req: document.req,
      settings,
    })
    other.push(...findings)
  }
  const report = buildReport({
    accepted,
    analysis,
    checkedAt: new Date().toISOString(),
    mainField,
    other,
    preset: preset ?? (profile?.language === 'lattlast' ? 'lattlast' : settings.preset),
    rulesVersion: settings.rulesVersion,
  })
  report.contentHash = createHash('sha256').update(JSON.stringify(text)).digest('hex').slice(0, 16)
  return report
}
