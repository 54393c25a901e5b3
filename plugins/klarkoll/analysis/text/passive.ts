import type { TokenizedBlock, Word } from './tokenize'

import { passiveExclusions } from '../data/passiveExclusions'
import { caseOf, LetterCase } from './characters'

export type PassiveHit = {
  blockIndex: number
  /** Word indices in the block: one for s-passive, the bli-verb and its participle for bli-passive. */
  firstWord: number
  kind: 'bli' | 's'
  lastWord: number
  sentence: number
}

const modalsAndAuxiliaries = new Set([
  'behöver',
  'bör',
  'borde',
  'brukar',
  'får',
  'fick',
  'kan',
  'kunde',
  'lär',
  'måste',
  'skall',
  'ska',
  'skulle',
  'vill',
  'att',
])
const bliForms = new Set(['bli', 'blir', 'blev', 'blivit', 'blivit', 'bliva'])
// Words ending like participles that follow "bli" as adjectives or adverbs.
const notParticiples = new Set([
  'bättre',
  'dyrt',
  'fel',
  'glad',
  'glada',
  'gott',
  'klart',
  'kvar',
  'lätt',
  'mycket',
  'nytt',
  'rädd',
  'rädda',
  'rätt',
  'stort',
  'svårt',
  'sämre',
  'trött',
  'trötta',
  'tyst',
  'det',
  'att',
  'mätt',
  'sent',
  'tidigt',
  'ett',
  'ert',
  'vårt',
  'mitt',
  'ditt',
  'sitt',
  'allt',
  'ont',
])

/** Verb forms ending in -s that are passive unless listed as deponent, reciprocal or noun. */
const isSPassiveForm = (
  block: TokenizedBlock,
  word: Word,
  afterModal: boolean,
  sentenceInitial: boolean,
): boolean => {
  const w = word.lower
  if (word.letters < 4 || word.isUrl || w.includes('-') || !w.endsWith('s')) return false
  if (passiveExclusions.has(w)) return false
  // Genitives: kommunens, barnets, arbetarnas, ansökans.
  if (/(?:rnas|ens|ets|ans)$/.test(w)) return false
  if (/(?:ns|ars|ers|ors|urs)$/.test(w) && !afterModal) return false
  // Names and other capitalised words inside a sentence: Jonas, Kanadas.
  if (!word.allCaps && !sentenceInitial && isCapitalised(block, word)) return false
  if (/(?:plats|sats|kurs|hus|mus|process|status|bonus|nivås)$/.test(w)) return false
  // Past and supine passive: skickades, skickats, skrivits, köptes, begärdes.
  if (/(?:ades|ats|its|tts|ddes|des|tes)$/.test(w) && word.letters >= 6) return true
  // Present and infinitive: skickas, beviljas, prövas; after a modal also göras, ges, läggs.
  if (w.endsWith('as') && word.letters >= 5) return true
  return afterModal && /[^s]s$/.test(w) && word.letters >= 3
}

const isCapitalised = (block: TokenizedBlock, word: Word) =>
  caseOf(block.block.text.codePointAt(word.start)!) === LetterCase.Upper

const isParticiple = (word: Word): boolean => {
  const w = word.lower
  if (word.letters < 4 || notParticiples.has(w) || /(?:igt|ligt|iskt|skt)$/.test(w)) return false
  return /(?:ad|at|ade|ad|d|t|da|ta|en|et|na|dd|tt)$/.test(w)
}

/**
 * Finds s-passive (skickas, skickades, har skickats) and bli-passive (blir godkänd, blev
 * beviljad). A heuristic without a part-of-speech tagger: deponent and reciprocal verbs
 * (finns, hoppas, träffas) and genitives (kommunens) are left out; findings are hints.
 */
export const findPassives = (blocks: TokenizedBlock[]): PassiveHit[] => {
  const hits: PassiveHit[] = []
  blocks.forEach(({ words }, blockIndex) => {
    for (let i = 0; i < words.length; i++) {
      const word = words[i]!
      const previous = i > 0 && words[i - 1]!.sentence === word.sentence ? words[i - 1] : undefined
      if (word.lower.charCodeAt(0) === 98 && bliForms.has(word.lower)) {
        // The participle may follow directly or after one adverb: "blir inte godkänd".
        for (let j = i + 1; j <= i + 2 && j < words.length; j++) {
          const next = words[j]!
          if (next.sentence !== word.sentence) break
          if (isParticiple(next)) {
            hits.push({
              blockIndex,
              firstWord: i,
              kind: 'bli',
              lastWord: j,
              sentence: word.sentence,
            })
            i = j
            break
          }
        }
        continue
      }
      // Only words ending in -s can be s-passive: look at the word before only for those.
      if (word.lower.charCodeAt(word.lower.length - 1) !== 115) continue
      const afterModal = previous !== undefined && modalsAndAuxiliaries.has(previous.lower)
      if (isSPassiveForm(blocks[blockIndex]!, word, afterModal, previous === undefined)) {
        hits.push({ blockIndex, firstWord: i, kind: 's', lastWord: i, sentence: word.sentence })
      }
    }
  })
  return hits
}
