import type { Block } from '../types'

import { abbreviations, mayEndSentence } from './abbreviations'
import { CharClass, classOf } from './characters'

export type Word = {
  /** All letters are capitals (Unicode-aware: ÅÄÖ count). */
  allCaps: boolean
  end: number
  hyphenated: boolean
  /** A URL or an e-mail address: one word, never a sentence end inside it. */
  isUrl: boolean
  /** Letters only (å, ä, ö included; digits and hyphens not). */
  letters: number
  lower: string
  /** Index of the sentence the word belongs to, within its block. */
  sentence: number
  sentenceInitial: boolean
  start: number
  text: string
}

export type Sentence = {
  end: number
  /** Exclusive index into the block's words. */
  endWord: number
  firstWord: number
  start: number
}

export type TokenizedBlock = {
  block: Block
  sentences: Sentence[]
  words: Word[]
}

const DOT = 46
const isTerminator = (c: number) => c === DOT || c === 33 || c === 63 || c === 58 // . ! ? :
// Slash and dashes separate words ("och/eller", "8–16") except inside URLs.
const isSeparator = (c: number) => c === 47 || c === 0x2013 || c === 0x2014
/** URL or e-mail address; string searches only, so a 1 MB token costs one pass. */
const isUrlLike = (raw: string) => {
  const lower = raw.toLowerCase()
  if (lower.includes('://') || lower.includes('www.')) return true
  const at = raw.indexOf('@')
  const dot = raw.lastIndexOf('.')
  return at > 0 && dot > at + 1 && dot < raw.length - 1
}
const width = (codePoint: number) => (codePoint > 0xffff ? 2 : 1)
const isUpperLetter = (char: string) => char !== char.toLowerCase() && char === char.toUpperCase()

/**
 * Splits one block into words and sentences in a single linear pass. The counting rules are
 * documented in docs/klarsprak.md: sentences end at . ! ? : and at the block's end, but not at
 * abbreviations, inside numbers, times, dates, URLs or e-mail addresses.
 */
export const tokenize = (block: Block): TokenizedBlock => {
  const text = typeof block.text === 'string' ? block.text : ''
  const n = text.length
  const words: Word[] = []
  const sentences: Sentence[] = []
  let sentenceStart = -1
  let firstWord = 0

  const closeSentence = (end: number) => {
    if (words.length > firstWord) {
      sentences.push({ end, endWord: words.length, firstWord, start: sentenceStart })
    }
    firstWord = words.length
    sentenceStart = -1
  }

  /** Whether the next word after `from` starts with a capital letter. */
  const nextStartsUpper = (from: number): boolean => {
    for (let k = from; k < n;) {
      const cp = text.codePointAt(k)!
      const kind = classOf(cp)
      if (kind === CharClass.Letter) return isUpperLetter(String.fromCodePoint(cp))
      if (kind === CharClass.Digit) return false
      k += width(cp)
    }
    return false
  }

  const segment = (a: number, b: number, isUrl: boolean) => {
    let c0 = a
    while (c0 < b) {
      const cp = text.codePointAt(c0)!
      const kind = classOf(cp)
      if (kind === CharClass.Letter || kind === CharClass.Digit) break
      c0 += width(cp)
    }
    let c1 = b
    while (c1 > c0) {
      const prev = text.charCodeAt(c1 - 1)
      // Step back over a whole surrogate pair.
      const start = prev >= 0xdc00 && prev <= 0xdfff && c1 - 2 >= c0 ? c1 - 2 : c1 - 1
      const kind = classOf(text.codePointAt(start)!)
      if (kind === CharClass.Letter || kind === CharClass.Digit) break
      c1 = start
    }
    if (c0 >= b) {
      // Punctuation only: a lone "." or "?" still ends the sentence before it.
      for (let k = a; k < b; k++) {
        if (isTerminator(text.charCodeAt(k))) return closeSentence(b)
      }
      return
    }

    const word = text.slice(c0, c1)
    const lower = word.toLowerCase()
    let letters = 0
    let digitsOnly = true
    for (let k = c0; k < c1;) {
      const cp = text.codePointAt(k)!
      const kind = classOf(cp)
      if (kind === CharClass.Letter) letters++
      if (kind !== CharClass.Digit) digitsOnly = false
      k += width(cp)
    }
    const trailingTerminator = (() => {
      for (let k = c1; k < b; k++) if (isTerminator(text.charCodeAt(k))) return k
      return -1
    })()

    // "1." or "2)" opening a sentence is a list marker, not a word.
    if (
      digitsOnly &&
      words.length === firstWord &&
      c1 < b &&
      (text[c1] === '.' || text[c1] === ')')
    ) {
      return
    }

    if (sentenceStart === -1) sentenceStart = a
    words.push({
      allCaps: letters > 0 && word === word.toUpperCase() && word !== lower,
      end: c1,
      hyphenated: word.includes('-'),
      isUrl,
      letters,
      lower,
      sentence: sentences.length,
      sentenceInitial: words.length === firstWord,
      start: c0,
      text: word,
    })

    if (trailingTerminator === -1) return
    if (trailingTerminator === c1 && text.charCodeAt(c1) === DOT) {
      const abbreviation = `${lower}.`
      if (abbreviations.has(abbreviation)) {
        if (mayEndSentence.has(abbreviation) && nextStartsUpper(b)) closeSentence(b)
        return
      }
      // An initial, as in "Anna B. Svensson".
      if (letters === 1 && word.length === 1 && isUpperLetter(word)) return
    }
    closeSentence(b)
  }

  let i = 0
  // A sentence closed by the end of the block ends at its last token, not at trailing spaces.
  let lastTokenEnd = 0
  while (i < n) {
    const cp = text.codePointAt(i)!
    if (classOf(cp) === CharClass.Space) {
      i += width(cp)
      continue
    }
    const a = i
    while (i < n) {
      const c = text.codePointAt(i)!
      if (classOf(c) === CharClass.Space) break
      i += width(c)
    }
    const b = i
    lastTokenEnd = b
    if (isUrlLike(text.slice(a, b))) {
      segment(a, b, true)
      continue
    }
    let from = a
    for (let k = a; k < b; k++) {
      if (isSeparator(text.charCodeAt(k))) {
        if (k > from) segment(from, k, false)
        from = k + 1
      }
    }
    if (from < b) segment(from, b, false)
  }
  closeSentence(lastTokenEnd)
  return { block, sentences, words }
}
