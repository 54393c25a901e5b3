import type { RuleSettings } from '../analysis/config'
import type { VersionSettings, VersionsOptions } from '../types'

import { RuleConfigError } from '../analysis/config'
import { lattlast } from '../presets/lattlast'
import { minorityLanguageCodes } from './languages'
import { defaultLattlastTopics, versionTopics } from './topics'

const listOf = (values: readonly string[]) => values.map((v) => `"${v}"`).join(', ')

/**
 * The `versions` option checked and resolved. Lättläst versions keep the site's settings (its
 * policy rules, its a11y levels) with the lattlast preset's stricter klarspråk rules on top —
 * LIX 55 for the site must not become the bar for lättläst — and the site's lättläst settings last.
 */
export const resolveVersions = (
  options: undefined | VersionsOptions,
  checked: Record<string, unknown>,
  siteRules: RuleSettings,
): null | VersionSettings => {
  if (!options) return null
  const collections = options.collections ?? []
  const unchecked = collections.filter((slug) => !checked[slug])
  if (unchecked.length > 0) {
    throw new RuleConfigError(
      `versions.collections nämner ${listOf(unchecked)}, som inte finns bland de samlingar som kontrolleras (collections).`,
    )
  }
  const unknownLanguages = (options.requiredLanguages ?? []).filter(
    (code) => !(minorityLanguageCodes as readonly string[]).includes(code),
  )
  if (unknownLanguages.length > 0) {
    throw new RuleConfigError(
      `versions.requiredLanguages: ${listOf(unknownLanguages)} är inget nationellt minoritetsspråk. ` +
        `Koder som finns: ${listOf(minorityLanguageCodes)}.`,
    )
  }
  const topics = options.lattlastTopics ?? defaultLattlastTopics
  const unknownTopics = topics.filter((t) => !versionTopics.some((topic) => topic.value === t))
  if (unknownTopics.length > 0) {
    throw new RuleConfigError(
      `versions.lattlastTopics: ${listOf(unknownTopics)} finns inte. Ämnen som finns: ${listOf(versionTopics.map((t) => t.value))}.`,
    )
  }
  return {
    collections,
    languageCheck: options.languageCheck ?? 'error',
    lattlastRules: { ...siteRules, ...lattlast.rules, ...options.lattlastRules },
    lattlastTopics: topics,
    onOriginalChange: options.onOriginalChange ?? 'mark-stale',
    requiredLanguages: options.requiredLanguages ?? [],
  }
}
