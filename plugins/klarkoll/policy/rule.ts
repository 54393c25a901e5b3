import type { OptionsSchema } from '../analysis/optionsSchema'
import type { RuleFinding } from '../analysis/rule'
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
  check: (context: PolicyContext, options: Options) => Promise<RuleFinding[]> | RuleFinding[]
  defaultOptions: Options
  /** Limits on the options beyond their defaults' types, checked at start-up. */
  optionsSchema?: OptionsSchema<Options>
  defaultSeverity: Severity
  id: string
  meta: { help: string; source: string; title: string; titleEn: string }
}

export const definePolicyRule = <Options extends { collection: string }>(
  rule: PolicyRule<Options>,
): PolicyRule<Options> => rule

export type Channel = { blockType?: string; [key: string]: unknown }

export const channelsOf = (doc: PolicyDocument): Channel[] =>
  Array.isArray(doc.channels)
    ? (doc.channels as unknown[]).filter((c): c is Channel => Boolean(c) && typeof c === 'object')
    : []

export const channelNames: Record<string, string> = {
  chat: 'chatt',
  email: 'e-post',
  phone: 'telefon',
  postal: 'postadress',
  sms: 'sms',
  visit: 'besöksadress',
  web: 'webbplats',
}

/** "E-post (Växel)" – how a channel is named in a message. */
export const channelLabel = (channel: Channel): string => {
  const name = channelNames[String(channel.blockType)] ?? String(channel.blockType)
  const label = typeof channel.label === 'string' && channel.label ? ` "${channel.label}"` : ''
  return `${name[0]!.toUpperCase()}${name.slice(1)}${label}`
}
