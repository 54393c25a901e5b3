import type { OptionsSchema } from '../analysis/optionsSchema'
import type { RuleFinding, RuleMessages } from '../analysis/rule'
import type { Severity } from '../analysis/types'

export type PolicyDocument = Record<string, unknown>

export type PolicyContext = {
  /** The collection the document belongs to. */
  collection: string
  /** The document as it will be saved (stored fields merged with the incoming change). */
  doc: PolicyDocument
  /** A related document as the checking request may read it; null when it is missing. */
  load: (collection: string, id: unknown) => Promise<null | PolicyDocument>
}

/**
 * A rule about a document's data rather than its prose: the promises of a service policy
 * (channels, response times, phone hours, required e-service fields). Each rule names the
 * collection it applies to in its options, so a project with other slugs can point it there.
 */
export type PolicyRule<Options extends { collection: string }> = {
  area: 'policy'
  // A method, so a rule with its own options fits where any rule is taken (a host's list).
  check(context: PolicyContext, options: Options): Promise<RuleFinding[]> | RuleFinding[]
  defaultOptions: Options
  /** Limits on the options beyond their defaults' types, checked at start-up. */
  optionsSchema?: OptionsSchema<Options>
  defaultSeverity: Severity
  id: string
  /** Swedish messages by id, for findings that give a `messageId`. */
  messages?: RuleMessages
  meta: { help: string; source: string; title: string; titleEn: string }
}

export const definePolicyRule = <Options extends { collection: string }>(
  rule: PolicyRule<Options>,
): PolicyRule<Options> => rule
