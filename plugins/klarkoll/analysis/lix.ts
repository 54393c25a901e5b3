import type { LixBand } from './types'

/** LIX = O/M + 100·L/O (Björnsson 1968): words, sentences, words longer than six letters. */
export const lix = (words: number, sentences: number, longWords: number): null | number =>
  words > 0 && sentences > 0 ? words / sentences + (100 * longWords) / words : null

/** The lix.se scale: under 30 very easy, 30–40 easy, 40–50 medium, 50–60 hard, 60 and over very hard. */
export const lixBand = (value: null | number): LixBand | null => {
  if (value === null || !Number.isFinite(value)) return null
  if (value < 30) return 'mycket lätt'
  if (value < 40) return 'lätt'
  if (value < 50) return 'medelsvår'
  if (value < 60) return 'svår'
  return 'mycket svår'
}

/** OVIX word variation; undefined (null) when every word is unique or there are under two words. */
export const ovix = (tokens: number, types: number): null | number => {
  if (tokens < 2 || types >= tokens || types < 1) return null
  const ratio = Math.log(types) / Math.log(tokens)
  return Math.log(tokens) / Math.log(2 - ratio)
}

export const round = (value: number, decimals = 2): number => {
  const factor = 10 ** decimals
  return Math.round(value * factor) / factor
}
