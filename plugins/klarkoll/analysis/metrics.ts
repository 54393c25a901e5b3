import type { PassiveHit } from './text/passive'
import type { TokenizedBlock } from './text/tokenize'
import type { Metrics } from './types'

import { lix, lixBand, ovix, round } from './lix'
import { nextStamp } from './text/lexicon'

/**
 * Nominalisation endings (-ning, -het, -else, -tion, -itet) with their inflections. Dispatching on
 * the last letter keeps this to a few endsWith calls per word; it runs for every word.
 */
const isNominalisation = (w: string): boolean => {
  switch (w.charCodeAt(w.length - 1)) {
    case 103: // g
      return w.endsWith('ning')
    case 116: // t
      return w.endsWith('het') || w.endsWith('itet')
    case 101: // e
      return w.endsWith('else')
    case 110: // n
      return (
        w.endsWith('tion') ||
        w.endsWith('ningen') ||
        w.endsWith('heten') ||
        w.endsWith('elsen') ||
        w.endsWith('tionen') ||
        w.endsWith('iteten')
      )
    case 114: // r
      return (
        w.endsWith('ningar') ||
        w.endsWith('heter') ||
        w.endsWith('elser') ||
        w.endsWith('tioner') ||
        w.endsWith('iteter')
      )
    case 97: // a
      return (
        w.endsWith('ningarna') ||
        w.endsWith('heterna') ||
        w.endsWith('elserna') ||
        w.endsWith('tionerna') ||
        w.endsWith('iteterna')
      )
    default:
      return false
  }
}

export type MetricsInput = {
  blocks: TokenizedBlock[]
  fleschReadingEase: null | number
  hasIngress: boolean | null
  longSentenceWords: number
  passives: PassiveHit[]
}

/** Every document metric from one walk over the tokenized Swedish blocks. */
export const computeMetrics = ({
  blocks,
  fleschReadingEase,
  hasIngress,
  longSentenceWords,
  passives,
}: MetricsInput): Metrics => {
  let words = 0
  let sentences = 0
  let longWords = 0
  let extraLongWords = 0
  let letters = 0
  let nominalisations = 0
  let longSentences = 0
  let headings = 0
  let paragraphs = 0
  let paragraphSentences = 0
  // Word types for OVIX: each word's lexicon entry is stamped the first time this call sees it.
  let types = 0
  const stamp = nextStamp()
  const sentenceLengths = { '1-10': 0, '11-20': 0, '21-30': 0, '31+': 0 }

  for (const { block, sentences: blockSentences, words: blockWords } of blocks) {
    if (block.kind === 'heading') headings++
    if (block.kind === 'paragraph' && blockWords.length > 0) {
      paragraphs++
      paragraphSentences += blockSentences.length
    }
    sentences += blockSentences.length
    for (const sentence of blockSentences) {
      const length = sentence.endWord - sentence.firstWord
      if (length > longSentenceWords) longSentences++
      if (length <= 10) sentenceLengths['1-10']++
      else if (length <= 20) sentenceLengths['11-20']++
      else if (length <= 30) sentenceLengths['21-30']++
      else sentenceLengths['31+']++
    }
    for (const word of blockWords) {
      words++
      letters += word.letters
      if (word.letters > 6) longWords++
      if (word.letters >= 14) extraLongWords++
      if (word.letters >= 6) {
        const entry = word.entry
        if (entry.nominal === 0) entry.nominal = isNominalisation(word.lower) ? 1 : 2
        if (entry.nominal === 1) nominalisations++
      }
      if (word.entry.seen !== stamp) {
        word.entry.seen = stamp
        types++
      }
    }
  }

  const passiveSentences = new Set(passives.map((hit) => `${hit.blockIndex}:${hit.sentence}`))
  const lixValue = lix(words, sentences, longWords)
  const ovixValue = ovix(words, types)
  return {
    avgSentenceLength: sentences > 0 ? round(words / sentences) : 0,
    avgWordLength: words > 0 ? round(letters / words) : 0,
    extraLongWords,
    fleschReadingEase,
    headings,
    hasIngress,
    lix: lixValue === null ? null : round(lixValue),
    lixBand: lixBand(lixValue),
    longSentenceShare: sentences > 0 ? round(longSentences / sentences, 4) : 0,
    longWords,
    nominalisationDensity: words > 0 ? round((100 * nominalisations) / words) : 0,
    ovix: ovixValue === null ? null : round(ovixValue),
    paragraphs,
    passiveShare: sentences > 0 ? round(passiveSentences.size / sentences, 4) : 0,
    rix: sentences > 0 ? round(longWords / sentences) : null,
    rubrikkvot: headings > 0 ? round(paragraphs / headings) : null,
    sentenceLengths,
    sentences,
    styckekvot: paragraphs > 0 ? round(paragraphSentences / paragraphs) : null,
    words,
  }
}
