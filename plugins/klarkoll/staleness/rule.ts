import type { OptionsSchema } from '../analysis/optionsSchema'
import type { RuleFinding, RuleMessages } from '../analysis/rule'
import type { Severity } from '../analysis/types'
import type { ReviewState } from './state'
import type { VersionState } from '../versions/state'

export type StalenessContext = {
  collection: string
  /** The document as it will be saved. */
  doc: Record<string, unknown>
  /** The review state, for collections under review. */
  review: null | ReviewState
  /** "YYYY-MM-DD" in Sweden. */
  today: string
  /** For a lättläst or language version: where it stands against its original. */
  version?: null | VersionState
}

/** A rule about whether a document is current: owner, review date, expiry. */
export type StalenessRule<Options extends object = object> = {
  area: 'staleness'
  // A method, so a rule with its own options fits where any rule is taken (a host's list).
  check(context: StalenessContext, options: Options): RuleFinding[]
  defaultOptions: Options
  /** Limits on the options beyond their defaults' types, checked at start-up. */
  optionsSchema?: OptionsSchema<Options>
  defaultSeverity: Severity
  id: string
  /** Swedish messages by id, for findings that give a `messageId`. */
  messages?: RuleMessages
  meta: { help: string; title: string; titleEn: string }
}

export const defineStalenessRule = <Options extends object>(
  rule: StalenessRule<Options>,
): StalenessRule<Options> => rule

/** "om 3 dagar", "i dag", "för 1 dag sedan". */
export const inDays = (days: number): string => {
  if (days === 0) return 'i dag'
  const n = Math.abs(days)
  const unit = n === 1 ? 'dag' : 'dagar'
  return days > 0 ? `om ${n} ${unit}` : `för ${n} ${unit} sedan`
}
