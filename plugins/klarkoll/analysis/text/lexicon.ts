import type { SForm } from './verbLexicon'

/**
 * One long-lived entry per distinct lower-case word. The tokenizer looks each word up once; after
 * that every consumer works with the entry object: the OVIX type count stamps it, and the word
 * lists (krångelord, tone, abbreviations) keep their data on it, so no rule hashes the word again.
 */
export type LexiconEntry = {
  /** Word lists' data for this word, by slot; only on words that a list contains. */
  data: unknown[] | undefined
  /** Nominalisation ending: 0 not yet known, 1 yes, 2 no (worked out once per word). */
  nominal: 0 | 1 | 2
  /** The word as a participle: the verb's lemma, null if none, undefined not yet looked up. */
  participle: string | null | undefined
  /** Its part in the passive check: 0 not yet known, 1 none, 2 a form of bli, 3 of vara, 4 ends in -s. */
  passiveRole: 0 | 1 | 2 | 3 | 4
  /** Part of a word list: kept when the lexicon is trimmed. */
  pinned: boolean
  /** The analysis that last counted this word as a type. */
  seen: number
  /** The word as an -s verb form, null if none, undefined not yet looked up. */
  sForm: SForm | null | undefined
}

const lexicon = new Map<string, LexiconEntry>()
let unpinned = 0
let slots = 0

/** Bound on words that no list contains; trimmed between analyses, never during one. */
const maxUnpinned = 100_000

export const lookup = (lower: string): LexiconEntry => {
  let entry = lexicon.get(lower)
  if (entry === undefined) {
    // Every field from the start: one object shape for all entries keeps lookups fast.
    entry = {
      data: undefined,
      nominal: 0,
      participle: undefined,
      passiveRole: 0,
      pinned: false,
      seen: 0,
      sForm: undefined,
    }
    lexicon.set(lower, entry)
    unpinned++
  }
  return entry
}

/** A slot for one word list's data on the entries. */
export const newSlot = (): number => slots++

/** The entry of a word a list contains, with a data array; never trimmed. */
export const pin = (lower: string): LexiconEntry & { data: unknown[] } => {
  const entry = lookup(lower)
  if (!entry.pinned) {
    entry.pinned = true
    unpinned--
  }
  entry.data ??= []
  return entry as LexiconEntry & { data: unknown[] }
}

/** Called before each analysis: drops unpinned words once there are too many. */
export const trimLexicon = (): void => {
  if (unpinned <= maxUnpinned) return
  for (const [word, entry] of lexicon) if (!entry.pinned) lexicon.delete(word)
  unpinned = 0
}

let analysisCount = 0
/** A new stamp for counting types in one analysis. */
export const nextStamp = (): number => ++analysisCount
