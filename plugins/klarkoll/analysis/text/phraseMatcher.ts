import type { LexiconEntry } from './lexicon'
import type { TokenizedBlock } from './tokenize'

import { newSlot, pin } from './lexicon'

export type PhraseMatch<T> = { first: number; last: number; value: T }

type Entry<T> = { entries: LexiconEntry[]; value: T; words: string[] }

/**
 * Whole-word, case-insensitive matching of single words and multi-word phrases, compiled once
 * into a map keyed by the first word. Longest phrase wins; phrases never cross a sentence.
 */
export const compilePhrases = <T>(phrases: Array<{ phrase: string; value: T }>) => {
  // The phrases starting with a word live on that word's lexicon entry, in this matcher's slot.
  const slot = newSlot()
  const lists: Entry<T>[][] = []
  for (const { phrase, value } of phrases) {
    const words = phrase.toLowerCase().split(/\s+/).filter(Boolean)
    if (words.length === 0) continue
    const entries = words.map((word) => pin(word))
    const first = entries[0]!
    let list = first.data[slot] as Entry<T>[] | undefined
    if (!list) {
      list = []
      first.data[slot] = list
      lists.push(list)
    }
    list.push({ entries, value, words })
  }
  for (const list of lists) list.sort((a, b) => b.words.length - a.words.length)

  return (block: TokenizedBlock): PhraseMatch<T>[] => {
    const matches: PhraseMatch<T>[] = []
    const { words } = block
    for (let i = 0; i < words.length; i++) {
      const candidates = words[i]!.entry.data?.[slot] as Entry<T>[] | undefined
      if (!candidates) continue
      for (const candidate of candidates) {
        const last = i + candidate.words.length - 1
        if (last >= words.length || words[last]!.sentence !== words[i]!.sentence) continue
        let k = 1
        while (k < candidate.words.length && words[i + k]!.entry === candidate.entries[k]) k++
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
