import type { OptionsSchema } from './optionsSchema'
import type { PassiveHit } from './text/passive'
import type { Sentence, TokenizedBlock, Word } from './text/tokenize'
import type { AnalysisInput, Area, Block, Finding, Metrics, Severity } from './types'

export type RuleContext = {
  /** Tokenized Swedish blocks (English blocks get no Swedish rules). */
  blocks: TokenizedBlock[]
  input: AnalysisInput
  metrics: Metrics
  passives: PassiveHit[]
}

/**
 * A finding as a rule reports it; the engine adds rule id, area and the configured severity. The
 * text is either `message` or, by id, one of the rule's `messages` filled from `data`.
 */
export type RuleFinding = Omit<Finding, 'area' | 'message' | 'ruleId' | 'severity'> & {
  /** Values for the `{placeholders}` of the message named by `messageId`. */
  data?: Record<string, number | string>
  /** Lower the severity of this finding to 'info' (context-dependent hints). */
  hint?: boolean
  message?: string
  /** A key of the rule's `messages`. */
  messageId?: string
}

/** A rule's Swedish messages by id: `{ tooLong: 'Meningen har {words} ord.' }`. */
export type RuleMessages = Record<string, string>

/** The message a finding names, its `{placeholders}` filled from `data`. */
export const messageOf = (
  found: Pick<RuleFinding, 'data' | 'message' | 'messageId'>,
  messages: RuleMessages | undefined,
  ruleId: string,
): string => {
  if (found.messageId === undefined) return found.message ?? ''
  const template = messages?.[found.messageId]
  if (template === undefined) {
    // A rule's own mistake: the rule tester fails on it; editors still see which rule spoke.
    return `${ruleId}: ${found.messageId}`
  }
  return template.replace(/\{(\w+)\}/g, (whole, key: string) =>
    found.data && key in found.data ? String(found.data[key]) : whole,
  )
}

export type Rule<Options extends object = object> = {
  area: Area
  // A method, so a rule with its own options fits where any rule is taken (a host's list).
  check(context: RuleContext, options: Options): RuleFinding[]
  defaultOptions: Options
  /** Limits on the options beyond their defaults' types, checked at start-up. */
  optionsSchema?: OptionsSchema<Options>
  defaultSeverity: Severity
  id: string
  /** Swedish messages by id, for findings that give a `messageId`. */
  messages?: RuleMessages
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
  found: RuleFinding,
  {
    area,
    messages,
    ruleId,
    severity,
  }: { area: Area; messages?: RuleMessages; ruleId: string; severity: Severity },
): Finding => {
  // Fields read one by one: a page has thousands of findings, and a rest copy of each is slow.
  const finding: Finding = {
    area,
    message: messageOf(found, messages, ruleId),
    path: found.path,
    ruleId,
    severity: found.hint ? 'info' : severity,
  }
  if (found.excerpt !== undefined) finding.excerpt = found.excerpt
  if (found.range !== undefined) finding.range = found.range
  if (found.replacement !== undefined) finding.replacement = found.replacement
  if (found.suggestion !== undefined) finding.suggestion = found.suggestion
  if (found.wcag !== undefined) finding.wcag = found.wcag
  return finding
}

export const defineRule = <Options extends object>(rule: Rule<Options>): Rule<Options> => rule

export const sentenceText = (block: TokenizedBlock, sentence: Sentence): string =>
  block.block.text.slice(sentence.start, sentence.end)

/**
 * Where a block's characters start..end stand in its field: a plain text field is split into
 * several blocks, and the admin marks the words in the field as the editor sees it.
 */
export const fieldRange = (
  block: Block,
  start: number,
  end: number,
): { end: number; start: number } => {
  const offset = block.offset ?? 0
  return { end: end + offset, start: start + offset }
}

/** A finding that points at words first..last of a block. */
export const atWords = (
  block: TokenizedBlock,
  first: Word,
  last: Word,
  finding: Omit<RuleFinding, 'excerpt' | 'path' | 'range'>,
): RuleFinding => ({
  data: finding.data,
  excerpt: block.block.text.slice(first.start, last.end),
  hint: finding.hint,
  message: finding.message,
  messageId: finding.messageId,
  path: block.block.path,
  range: fieldRange(block.block, first.start, last.end),
  replacement: finding.replacement,
  suggestion: finding.suggestion,
  wcag: finding.wcag,
})
