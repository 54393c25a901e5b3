import type { RuleSettings } from './config'
import type { Rule, RuleContext } from './rule'
import type { AnalysisInput, AnalysisResult, Block, Finding } from './types'

import { resolveCached } from './config'
import { toFinding } from './rule'
import { fleschReadingEase } from './english'
import { computeMetrics } from './metrics'
import { klarsprakRules } from './rules'
import { trimLexicon } from './text/lexicon'
import { findPassives } from './text/passive'
import { tokenize } from './text/tokenize'

export type AnalyzeOptions = {
  /** ESLint-style settings: `{ 'klarsprak/lix': ['error', { max: 40 }] }`. */
  rules?: RuleSettings
  /**
   * The rules to run instead of the built-in ones: with a site's own (keep the array: it is
   * resolved once per settings), or one rule (the rule tester).
   */
  ruleSet?: Rule<object>[]
}

const defaultSettings: RuleSettings = {}

const isEnglish = (lang: unknown) => typeof lang === 'string' && /^en\b/i.test(lang)
// Swedish rules read Swedish only: a Finnish or Sami version is not bad Swedish.
const isSwedish = (lang: unknown) => typeof lang !== 'string' || lang === '' || /^sv\b/i.test(lang)
// Link texts and alt texts are part of their paragraph or checked by the accessibility rules.
const isProse = (block: Block) => block.kind !== 'linkText' && block.kind !== 'alt'

const cleanBlocks = (blocks: unknown): Block[] =>
  Array.isArray(blocks)
    ? blocks.filter(
        (block): block is Block =>
          Boolean(block) && typeof block === 'object' && typeof (block as Block).text === 'string',
      )
    : []

/** Whatever arrives (from an API body, say) becomes a well-formed input. */
const cleanInput = (raw: unknown): AnalysisInput => {
  const input = (raw && typeof raw === 'object' ? raw : {}) as Partial<AnalysisInput>
  const ingress = input.ingress
  return {
    blocks: cleanBlocks(input.blocks),
    ingress:
      ingress === undefined
        ? undefined
        : ingress === null || typeof ingress !== 'object'
          ? null
          : {
              path: typeof ingress.path === 'string' ? ingress.path : 'ingress',
              text: typeof ingress.text === 'string' ? ingress.text : '',
            },
    lang: typeof input.lang === 'string' ? input.lang : undefined,
  }
}

/**
 * What every rule reads: the Swedish blocks tokenized, the passives and the metrics. The engine
 * builds it once per analysis; a site's own rules and the benchmark build it the same way.
 */
export const ruleContext = (raw: AnalysisInput, longSentenceWords = 20): RuleContext => {
  const input = cleanInput(raw)
  const blocks = input.blocks.filter(isProse)
  const documentLang = input.lang
  const english: string[] = []
  const swedish = blocks.filter((block) => {
    const lang = block.lang ?? documentLang
    if (isEnglish(lang)) english.push(block.text)
    return isSwedish(lang)
  })
  const tokenized = swedish.map((block) =>
    tokenize(typeof block.path === 'string' ? block : { ...block, path: String(block.path ?? '') }),
  )
  const passives = findPassives(tokenized)
  const ingressText = input.ingress?.text
  const metrics = computeMetrics({
    blocks: tokenized,
    fleschReadingEase: english.length > 0 ? fleschReadingEase(english) : null,
    hasIngress:
      input.ingress === undefined
        ? null
        : typeof ingressText === 'string' && ingressText.trim() !== '',
    longSentenceWords,
    passives,
  })
  return { blocks: tokenized, input, metrics, passives }
}

/**
 * The klarspråk engine: metrics and findings for a document's blocks. Pure and synchronous, so
 * the browser (live feedback) and the server (publish gate) run the same code.
 */
export const analyze = (raw: AnalysisInput, options: AnalyzeOptions = {}): AnalysisResult => {
  const rules = resolveCached(
    options.ruleSet ?? klarsprakRules,
    options.rules ?? defaultSettings,
    'klarsprak/',
  )
  trimLexicon()
  const longSentence = rules.find((r) => r.rule.id === 'klarsprak/long-sentence')
  const context = ruleContext(
    raw,
    (longSentence?.options as { maxWords?: number } | undefined)?.maxWords,
  )
  const findings: Finding[] = []
  for (const { options: ruleOptions, rule, severity } of rules) {
    const from = { area: rule.area, messages: rule.messages, ruleId: rule.id, severity }
    for (const found of rule.check(context, ruleOptions)) findings.push(toFinding(found, from))
  }
  return { findings, metrics: context.metrics }
}
