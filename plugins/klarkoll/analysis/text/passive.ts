import type { TokenizedBlock, Word } from './tokenize'
import type { SForm } from './verbLexicon'

import {
  adjectivalParticiples,
  deponentSense,
  functionWords,
  passiveWithParticle,
  reciprocalSense,
  reciprocalWithParticle,
} from '../data/passiveSenses'
import { caseOf, LetterCase } from './characters'
import { wordInSentence } from './tokenize'
import { participleOf, sFormOf } from './verbLexicon'

export type PassiveHit = {
  blockIndex: number
  /** Word indices in the block: one for s-passive, the auxiliary and its participle otherwise. */
  firstWord: number
  kind: 'bli' | 's' | 'vara'
  lastWord: number
  /** The verb (handlägga for "handläggs"), for suggesting the active sentence. */
  lemma: string
  sentence: number
}

const bliForms = new Set(['bli', 'blir', 'blev', 'blivit', 'bliva'])
const varaForms = new Set(['vara', 'är', 'var', 'varit'])
// A noun's genitive, not a verb, after these: "en lista", "varje skolas".
const determiners = new Set(['en', 'ett', 'denna', 'varje', 'min', 'din', 'sin', 'vår', 'hans'])
// Verbs do not follow a preposition: "i våras", "hos andras".
const prepositions = new Set(['i', 'på', 'till', 'från', 'med', 'för', 'hos', 'vid', 'mot', 'utan'])
// What may stand between the auxiliary and the participle: "blir inte godkänd", "blir den
// inte godkänd", "blev väl mottagna".
const inBetween = new Set([
  'alltid',
  'de',
  'den',
  'det',
  'du',
  'ej',
  'först',
  'han',
  'hon',
  'inte',
  'också',
  'ofta',
  'redan',
  'sedan',
  'snart',
  'väl',
])

const roleOf = (word: Word): 1 | 2 | 3 | 4 => {
  const entry = word.entry
  if (entry.passiveRole === 0) {
    const lower = word.lower
    entry.passiveRole = bliForms.has(lower)
      ? 2
      : varaForms.has(lower)
        ? 3
        : lower.charCodeAt(lower.length - 1) === 115
          ? 4
          : 1
  }
  return entry.passiveRole
}

const sFormOfWord = (word: Word): SForm | null => {
  if (word.entry.sForm === undefined) word.entry.sForm = sFormOf(word.lower) ?? null
  return word.entry.sForm
}

const participleOfWord = (word: Word): string | null => {
  if (word.entry.participle === undefined) word.entry.participle = participleOf(word.lower) ?? null
  return word.entry.participle
}

const isCapitalised = (block: TokenizedBlock, word: Word) =>
  caseOf(block.block.text.codePointAt(word.start)!) === LetterCase.Upper

/** The next words in the same sentence, up to `count`. */
const following = (block: TokenizedBlock, index: number, count: number): Word[] => {
  const words: Word[] = []
  const sentence = block.words[index]!.sentence
  for (let i = index + 1; i < block.words.length && words.length < count; i++) {
    if (block.words[i]!.sentence !== sentence) break
    words.push(block.words[i]!)
  }
  return words
}

/** An -s form read as passive, unless its sense or its place makes it something else. */
const sPassiveLemma = (
  block: TokenizedBlock,
  index: number,
  previous: Word | undefined,
): string | undefined => {
  const word = block.words[index]!
  if (word.isUrl || word.lower.includes('-')) return undefined
  if (functionWords.has(word.lower)) return undefined
  const form = sFormOfWord(word)
  if (form?.kind !== 'passive' || deponentSense.has(form.lemma)) return undefined
  return isPassiveInPlace(block, index, previous, form) ? form.lemma : undefined
}

/** Whether the words around a passive form leave it passive. */
const isPassiveInPlace = (
  block: TokenizedBlock,
  index: number,
  previous: Word | undefined,
  form: Extract<SForm, { kind: 'passive' }>,
): boolean => {
  const word = block.words[index]!
  // Names inside a sentence (Jonas, Sofias); a capital at the start of a sentence is no sign.
  if (!word.allCaps && previous !== undefined && isCapitalised(block, word)) return false
  if (previous && (determiners.has(previous.lower) || prepositions.has(previous.lower))) {
    return false
  }
  const next = following(block, index, 4)
  // "Det fattas pengar": the deponent, when the form is both.
  if (form.alsoDeponent && (previous?.lower === 'det' || next[0]?.lower === 'det')) return false
  if (passiveWithParticle[form.lemma]?.includes(next[0]?.lower ?? '')) return true
  if (reciprocalSense.has(form.lemma)) {
    // "Du möts av personalen" is passive; "vi möts i receptionen" and "vi hörs av" are not.
    return next.some((w, i) => w.lower === 'av' && i + 1 < next.length)
  }
  const particle = reciprocalWithParticle[form.lemma]
  return !(particle && next[0]?.lower === particle)
}

/**
 * Finds s-passive (skickas, krävdes, har godkänts, ska ges) from the verb lexicon, and bli- and
 * vara-passive (blir godkänd, är beviljad av nämnden) where a participle of a verb follows.
 * Deponent and reciprocal verbs, genitives and names are not verb forms in the lexicon, or are
 * told apart by their sense (data/passiveSenses.ts).
 */
export const findPassives = (blocks: TokenizedBlock[]): PassiveHit[] => {
  const hits: PassiveHit[] = []
  blocks.forEach((block, blockIndex) => {
    const { words } = block
    for (let i = 0; i < words.length; i++) {
      const word = words[i]!
      const role = roleOf(word)
      if (role === 1) continue
      const bli = role === 2
      if (bli || role === 3) {
        const participle = following(block, i, 3).find((w) => !inBetween.has(w.lower))
        const lemma = participle && participleOfWord(participle)
        if (!participle || !lemma || adjectivalParticiples.has(participle.lower)) continue
        const j = words.indexOf(participle, i)
        hits.push({
          blockIndex,
          firstWord: i,
          kind: bli ? 'bli' : 'vara',
          lastWord: j,
          lemma,
          sentence: word.sentence,
        })
        i = j
        continue
      }
      // Only words ending in -s can be s-passive.
      const previous = wordInSentence(block, i, -1)
      const lemma = sPassiveLemma(block, i, previous)
      if (lemma !== undefined) {
        hits.push({
          blockIndex,
          firstWord: i,
          kind: 's',
          lastWord: i,
          lemma,
          sentence: word.sentence,
        })
      }
    }
  })
  return hits
}
