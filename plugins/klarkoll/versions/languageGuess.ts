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
 * Yiddish): the best code, or undefined for a close call (the runner-up scores over 0.9 of it)
 * or when the guesser is not loaded. Restricting the candidates makes short passages reliable.
 */
export const guessLanguage = (text: string): string | undefined => {
  if (!franc) return undefined
  const [best, second] = franc.francAll(text, { minLength: 10, only: candidates })
  if (!best || best[0] === 'und' || (second && second[1] > 0.9)) return undefined
  return best[0]
}

const letter = /\p{L}/u

/** Whether the text has at least `count` letters: too little text is no guess, only names. */
export const hasLetters = (text: string, count: number): boolean => {
  let found = 0
  for (const character of text) if (letter.test(character) && ++found >= count) return true
  return false
}
