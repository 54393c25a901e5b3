import type { RuleSettings } from '../analysis/config'

import { versionLanguage, writtenLanguage } from './languages'

/** The rules a document is checked with, by the language its version says it is in. */
export type VersionProfile = {
  /** 'lattlast' or a language code; 'sv' for originals and collections without versions. */
  language: string
  /** The text's language for the engine; Swedish rules run only on Swedish text. */
  lang?: string
  rules: RuleSettings
}

/** `languageVersion.language` of a document or form values. */
export const versionCodeOf = (data: Record<string, unknown> | null | undefined): string => {
  const group = data?.languageVersion
  const code =
    group && typeof group === 'object' ? (group as Record<string, unknown>).language : undefined
  return typeof code === 'string' && versionLanguage(code) ? code : 'sv'
}

/**
 * One place decides: lättläst versions get the stricter lättläst rules; versions in another
 * language are analysed as that language, so no Swedish rule reads them (accessibility, links,
 * staleness and the policy rules still apply); everything else gets the site's rules. The
 * browser panel and the server's pipeline both ask here.
 */
export const versionProfile = (
  data: Record<string, unknown> | null | undefined,
  { lattlastRules, siteRules }: { lattlastRules?: RuleSettings; siteRules: RuleSettings },
): VersionProfile => {
  const language = versionCodeOf(data)
  const found = versionLanguage(language)
  if (!found || !lattlastRules) return { language: 'sv', rules: siteRules }
  // Sign-language versions carry a Swedish summary: the site's Swedish rules read it.
  const { lang } = writtenLanguage(language)
  return { lang, language, rules: language === 'lattlast' ? lattlastRules : siteRules }
}
