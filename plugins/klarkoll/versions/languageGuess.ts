import type * as FrancAll from 'franc-all'

import { versionLanguages } from './languages'

/** franc's ISO 639-3 codes for the languages a page or a passage can say it is in. */
export const francCodes: Record<string, string> = {
  en: 'eng',
  sv: 'swe',
  ...Object.fromEntries(versionLanguages.filter((l) => l.franc).map((l) => [l.lang, l.franc!])),
}
const candidates = [...new Set(Object.values(francCodes))]

// franc's trigram tables are 0.5 MB: read on the first check that needs them, not at start-up.
let franc: typeof FrancAll | undefined

/** Loads the guesser once; `guessLanguage` needs it loaded. */
export const loadLanguageGuesser = async (): Promise<void> => {
  franc ??= await import('franc-all')
}

/**
 * franc's guess among the languages klarkoll knows (Swedish, English, Finnish, northern Sami,
 * Yiddish): the best code, or undefined for a close call (the runner-up within `margin` of it) or
 * when the guesser is not loaded. Restricting the candidates makes short passages reliable.
 */
export const guessLanguage = (text: string, margin = 0.9): string | undefined => {
  if (!franc) return undefined
  const [best, second] = franc.francAll(text, { minLength: 10, only: candidates })
  if (!best || best[0] === 'und' || (second && second[1] > margin)) return undefined
  return best[0]
}
