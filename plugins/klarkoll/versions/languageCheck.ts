import type { AnalysisInput, Finding, Severity } from '../analysis/types'

import { versionLanguages } from './languages'
import { francCodes, guessLanguage, hasLetters, loadLanguageGuesser } from './languageGuess'

/** Below this much text a language guess is not worth a finding. */
const minLetters = 150
/** The guess reads at most this much: enough to tell languages apart, and a bounded cost. */
const maxCharacters = 3000

const names: Record<string, string> = {
  eng: 'engelska',
  fin: 'finska',
  sme: 'nordsamiska',
  swe: 'svenska',
  ydd: 'jiddisch',
}

const declaredName = (lang: string): string =>
  lang === 'sv'
    ? 'svenska'
    : lang === 'en'
      ? 'engelska'
      : (versionLanguages.find((l) => l.lang === lang)?.name ?? lang)

/**
 * Whether the text is in the language the page says it is in (WCAG 3.1.1): a "Finnish" version
 * still in Swedish, or a Swedish page pasted in Finnish. franc (trigram statistics) guesses among
 * the languages it knows; a language it does not know (meänkieli, Lule Sami…) only fails when the
 * text is clearly Swedish or English. A close call is no finding.
 */
export const languageMismatch = async (
  input: AnalysisInput,
  severity: Severity,
): Promise<Finding[]> => {
  const declared = input.lang ?? 'sv'
  let text = ''
  for (const block of input.blocks) {
    if (block.kind === 'alt' || block.kind === 'linkText') continue
    text += `${block.text}\n`
    if (text.length >= maxCharacters) break
  }
  text = text.slice(0, maxCharacters)
  if (!hasLetters(text, minLetters)) return []
  await loadLanguageGuesser()
  const guessed = guessLanguage(text)
  if (!guessed) return []
  const expected = francCodes[declared]
  const wrong = expected
    ? guessed !== expected
    : // A language franc does not know: only clearly Swedish or English text is wrong.
      guessed === 'swe' || guessed === 'eng'
  if (!wrong) return []
  return [
    {
      area: 'a11y',
      message:
        `Sidan är angiven som ${declaredName(declared)}, men texten ser ut att vara ${names[guessed] ?? guessed}. ` +
        'Skärmläsare läser då upp texten med fel uttal. Ändra språket under Språkversion, eller skriv texten på rätt språk.',
      path: '',
      ruleId: 'a11y/page-language',
      severity,
      wcag: '3.1.1',
    },
  ]
}
