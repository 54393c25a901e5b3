import type { OptionsSchema } from './optionsSchema'
import type { PassiveHit } from './text/passive'
import type { Sentence, TokenizedBlock, Word } from './text/tokenize'
import type { AnalysisInput, Area, Finding, Metrics, Severity } from './types'

export type RuleContext = {
  /** Tokenized Swedish blocks (English blocks get no Swedish rules). */
  blocks: TokenizedBlock[]
  input: AnalysisInput
  metrics: Metrics
  passives: PassiveHit[]
}

/** A finding as a rule reports it; the engine adds rule id, area and the configured severity. */
export type RuleFinding = Omit<Finding, 'area' | 'ruleId' | 'severity'> & {
  /** Lower the severity of this finding to 'info' (context-dependent hints). */
  hint?: boolean
}

export type Rule<Options extends object = object> = {
  area: Area
  check: (context: RuleContext, options: Options) => RuleFinding[]
  defaultOptions: Options
  /** Limits on the options beyond their defaults' types, checked at start-up. */
  optionsSchema?: OptionsSchema<Options>
  defaultSeverity: Severity
  id: string
  meta: {
    /** What the rule asks for, in Swedish; {option} placeholders are filled from the options. */
    help: string
    source: string
    title: string
    titleEn: string
  }
}

/**
 * A rule's finding as every area reports it: the rule's id and area, the configured severity
 * ('info' for a hint: context-dependent findings never block a publish), and whatever the rule
 * said of where and what (path, excerpt, range, suggestion, WCAG criterion).
 */
export const toFinding = (
  { hint, ...found }: RuleFinding,
  { area, ruleId, severity }: { area: Area; ruleId: string; severity: Severity },
): Finding => {
  const finding: Finding = {
    area,
    message: found.message,
    path: found.path,
    ruleId,
    severity: hint ? 'info' : severity,
  }
  if (found.excerpt !== undefined) finding.excerpt = found.excerpt
  if (found.range !== undefined) finding.range = found.range
  if (found.suggestion !== undefined) finding.suggestion = found.suggestion
  if (found.wcag !== undefined) finding.wcag = found.wcag
  return finding
}

export const defineRule = <Options extends object>(rule: Rule<Options>): Rule<Options> => rule

export const sentenceText = (block: TokenizedBlock, sentence: Sentence): string =>
  block.block.text.slice(sentence.start, sentence.end)

/** A finding that points at words first..last of a block. */
export const atWords = (
  block: TokenizedBlock,
  first: Word,
  last: Word,
  finding: Omit<RuleFinding, 'excerpt' | 'path' | 'range'>,
): RuleFinding => ({
  excerpt: block.block.text.slice(first.start, last.end),
  hint: finding.hint,
  message: finding.message,
  path: block.block.path,
  range: { end: last.end, start: first.start },
  suggestion: finding.suggestion,
  wcag: finding.wcag,
})
