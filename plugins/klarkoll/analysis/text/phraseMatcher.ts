import type { TokenizedBlock } from './tokenize'

export type PhraseMatch<T> = { first: number; last: number; value: T }

type Entry<T> = { value: T; words: string[] }

/**
 * Whole-word, case-insensitive matching of single words and multi-word phrases, compiled once
 * into a map keyed by the first word. Longest phrase wins; phrases never cross a sentence.
 */
export const compilePhrases = <T>(phrases: Array<{ phrase: string; value: T }>) => {
  const byFirstWord = new Map<string, Entry<T>[]>()
  for (const { phrase, value } of phrases) {
    const words = phrase.toLowerCase().split(/\s+/).filter(Boolean)
    if (words.length === 0) continue
    const list = byFirstWord.get(words[0]!) ?? []
    list.push({ value, words })
    byFirstWord.set(words[0]!, list)
  }
  for (const list of byFirstWord.values()) list.sort((a, b) => b.words.length - a.words.length)

  return (block: TokenizedBlock): PhraseMatch<T>[] => {
    const matches: PhraseMatch<T>[] = []
    const { words } = block
    for (let i = 0; i < words.length; i++) {
      const candidates = byFirstWord.get(words[i]!.lower)
      if (!candidates) continue
      for (const candidate of candidates) {
        const last = i + candidate.words.length - 1
        if (last >= words.length || words[last]!.sentence !== words[i]!.sentence) continue
        let k = 1
        while (k < candidate.words.length && words[i + k]!.lower === candidate.words[k]) k++
        if (k === candidate.words.length) {
          matches.push({ first: i, last, value: candidate.value })
          i = last
          break
        }
      }
    }
    return matches
  }
}
