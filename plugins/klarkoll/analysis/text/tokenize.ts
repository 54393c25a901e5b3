import type { Block } from '../types'

import type { LexiconEntry } from './lexicon'

import { abbreviations, mayEndSentence } from './abbreviations'
import { ascii, CharClass, caseOf, classOf, latin1Case, LetterCase } from './characters'
import { lookup } from './lexicon'

export type Word = {
  /** All letters are capitals (Unicode-aware: ÅÄÖ count). */
  allCaps: boolean
  end: number
  /** The word's lexicon entry: word lists and type counts use it instead of the string. */
  entry: LexiconEntry
  /** A URL or an e-mail address: one word, never a sentence end inside it. */
  isUrl: boolean
  /** Letters only (å, ä, ö included; digits and hyphens not). */
  letters: number
  lower: string
  /** Index of the sentence the word belongs to, within its block. */
  sentence: number
  start: number
}

/** The word `offset` places from word `index`, if it stands in the same sentence. */
export const wordInSentence = (
  block: TokenizedBlock,
  index: number,
  offset: number,
): undefined | Word => {
  const word = block.words[index + offset]
  return word && word.sentence === block.words[index]!.sentence ? word : undefined
}

/** The word as written: a slice of its block's text (not stored, to keep tokens small). */
export const wordText = (block: TokenizedBlock, word: Word): string =>
  block.block.text.slice(word.start, word.end)

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
const ELLIPSIS = 0x2026
/** Dots in a row from i: "..." is an ellipsis, "....." a table of contents' leader. */
const dotsFrom = (text: string, i: number) => {
  let k = i
  while (text.charCodeAt(k) === DOT) k++
  return k - i
}
/** "…" or ".." / "...", and nothing else, from a to b. */
const isEllipsis = (text: string, a: number, b: number) =>
  b - a === 1
    ? text.charCodeAt(a) === ELLIPSIS
    : (b - a === 2 || b - a === 3) && dotsFrom(text, a) === b - a
const isTerminator = (c: number) => c === DOT || c === 33 || c === 63 || c === 58 // . ! ? :
// Slash and dashes separate words ("och/eller", "8–16") except inside URLs.
const isSeparator = (c: number) => c === 47 || c === 0x2013 || c === 0x2014
const isHighSurrogate = (c: number) => c >= 0xd800 && c <= 0xdbff
const isLowSurrogate = (c: number) => c >= 0xdc00 && c <= 0xdfff

/** Class of the character at i, reading a whole surrogate pair; ASCII through the table. */
const classAt = (text: string, i: number): CharClass => {
  const c = text.charCodeAt(i)
  return c < 256 ? (ascii[c]! as CharClass) : classOf(text.codePointAt(i)!)
}
const widthAt = (text: string, i: number): number =>
  isHighSurrogate(text.charCodeAt(i)) && isLowSurrogate(text.charCodeAt(i + 1)) ? 2 : 1
const isWordClass = (kind: CharClass) => kind === CharClass.Letter || kind === CharClass.Digit

/** URL or e-mail address; only called for tokens with "@", ":" or "www.", one pass each. */
const isUrlLike = (raw: string) => {
  const lower = raw.toLowerCase()
  if (lower.includes('://') || lower.includes('www.')) return true
  const at = raw.indexOf('@')
  const dot = raw.lastIndexOf('.')
  return at > 0 && dot > at + 1 && dot < raw.length - 1
}

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

  // The measurements of the segment being turned into a word (one object, reused).
  const m = {
    c0: -1,
    c1: -1,
    digitsOnly: false,
    letters: 0,
    lowerCase: false,
    upper: false,
  }

  /** Whether the next word after `from` starts with a capital letter. */
  const nextStartsUpper = (from: number): boolean => {
    for (let k = from; k < n; k += widthAt(text, k)) {
      const kind = classAt(text, k)
      if (kind === CharClass.Letter) return caseOf(text.codePointAt(k)!) === LetterCase.Upper
      if (kind === CharClass.Digit) return false
    }
    return false
  }

  /** Measures a segment that the main loop did not measure (URLs, parts split at "/" or "–"). */
  const measure = (a: number, b: number) => {
    let c0 = a
    while (c0 < b && !isWordClass(classAt(text, c0))) c0 += widthAt(text, c0)
    if (c0 >= b) {
      m.c0 = -1
      return
    }
    let c1 = b
    for (;;) {
      const last = c1 - 1
      // Step back over a whole surrogate pair.
      const start =
        isLowSurrogate(text.charCodeAt(last)) &&
        last - 1 >= c0 &&
        isHighSurrogate(text.charCodeAt(last - 1))
          ? last - 1
          : last
      if (isWordClass(classAt(text, start))) break
      c1 = start
    }

    let letters = 0
    let digitsOnly = true
    let upper = false
    let lowerCase = false
    for (let k = c0; k < c1;) {
      const c = text.charCodeAt(k)
      if (c < 128) {
        if ((c >= 65 && c <= 90) || (c >= 97 && c <= 122)) {
          letters++
          digitsOnly = false
          if (c <= 90) upper = true
          else lowerCase = true
        } else if (c < 48 || c > 57) {
          digitsOnly = false
        }
        k++
        continue
      }
      const cp = text.codePointAt(k)!
      const kind = classOf(cp)
      if (kind === CharClass.Letter) letters++
      // Not only letters have capitals: Roman numerals (Ⅰ) and circled letters (Ⓐ) do too.
      const letterCase = caseOf(cp)
      if (letterCase === LetterCase.Upper) upper = true
      else if (letterCase === LetterCase.Lower && kind === CharClass.Letter) lowerCase = true
      if (kind !== CharClass.Digit) digitsOnly = false
      k += cp > 0xffff ? 2 : 1
    }
    m.c0 = c0
    m.c1 = c1
    m.letters = letters
    m.digitsOnly = digitsOnly
    m.upper = upper
    m.lowerCase = lowerCase
  }

  /** Turns the measured segment [a, b) into a word, and ends the sentence after it if it should. */
  const segment = (
    a: number,
    b: number,
    isUrl: boolean,
    c0: number,
    c1: number,
    letters: number,
    digitsOnly: boolean,
    upper: boolean,
    lowerCase: boolean,
  ) => {
    if (c0 === -1) {
      // A lone ellipsis ends the sentence only when a new one starts after it.
      if (isEllipsis(text, a, b)) {
        if (nextStartsUpper(b)) closeSentence(b)
        return
      }
      // Punctuation only: a lone "." or "?" still ends the sentence before it.
      for (let k = a; k < b; k++) if (isTerminator(text.charCodeAt(k))) return closeSentence(b)
      return
    }
    let trailingTerminator = -1
    for (let k = c1; k < b; k++) {
      if (isTerminator(text.charCodeAt(k))) {
        trailingTerminator = k
        break
      }
    }
    const next = text.charCodeAt(c1)
    // "1." or "2)" opening a sentence is a list marker, not a word.
    if (digitsOnly && words.length === firstWord && c1 < b && (next === DOT || next === 41)) return

    // Only words with a capital need lowering (toLowerCase is slow on å, ä and ö).
    const lower = upper ? text.slice(c0, c1).toLowerCase() : text.slice(c0, c1)
    if (sentenceStart === -1) sentenceStart = a
    words.push({
      allCaps: upper && !lowerCase,
      end: c1,
      entry: lookup(lower),
      isUrl,
      letters,
      lower,
      sentence: sentences.length,
      start: c0,
    })

    // "…" and "..." alike: "Det var… bra." goes on, "Vi väntar… Sedan" starts a new sentence.
    const dots = next === DOT ? dotsFrom(text, c1) : 0
    if (next === ELLIPSIS || dots === 2 || dots === 3) {
      let asks = false
      for (let k = c1; k < b; k++) {
        const ch = text.charCodeAt(k)
        if (ch === 33 || ch === 63) asks = true
      }
      if (asks || nextStartsUpper(b)) closeSentence(b)
      return
    }
    if (trailingTerminator === -1) return
    if (trailingTerminator === c1 && next === DOT) {
      const abbreviation = `${lower}.`
      if (abbreviations.has(abbreviation)) {
        if (mayEndSentence.has(abbreviation) && nextStartsUpper(b)) closeSentence(b)
        return
      }
      // An initial, as in "Anna B. Svensson": after a name, not after "blankett A.".
      if (letters === 1 && c1 - c0 === 1 && upper) {
        const before = words.at(-2)
        if (!before || before.sentence !== words.at(-1)!.sentence) return
        if (caseOf(text.codePointAt(before.start)!) === LetterCase.Upper) return
      }
    }
    closeSentence(b)
  }

  let i = 0
  // A sentence closed by the end of the block ends at its last token, not at trailing spaces.
  let lastTokenEnd = 0
  while (i < n) {
    if (classAt(text, i) === CharClass.Space) {
      i += widthAt(text, i)
      continue
    }
    const a = i
    let maybeUrl = false
    let separators = false
    let ws = 0
    // Measured on the way, for the common token without "/" or dashes: its word core [c0, c1),
    // letters, case, and whether anything but digits stands inside the core.
    let c0 = -1
    let c1 = -1
    let letters = 0
    let upper = false
    let lowerCase = false
    let innerNonDigit = false
    let pendingNonDigit = false
    while (i < n) {
      const c = text.charCodeAt(i)
      let kind: CharClass
      let width = 1
      if (c < 256) {
        kind = ascii[c]! as CharClass
        if (kind === CharClass.Space) break
        // "@", "://" or "www." make a token worth the URL check.
        if (c === 64 || c === 58) maybeUrl = true
        else if (c === DOT && ws >= 3) maybeUrl = true
        ws = c === 119 || c === 87 ? ws + 1 : 0
        if (c === 47) separators = true
        if (kind === CharClass.Letter) {
          letters++
          if (latin1Case[c] === LetterCase.Upper) upper = true
          else lowerCase = true
        }
      } else {
        const cp = text.codePointAt(i)!
        kind = classOf(cp)
        if (kind === CharClass.Space) break
        if (c === 0x2013 || c === 0x2014) separators = true
        ws = 0
        width = cp > 0xffff ? 2 : 1
        if (kind === CharClass.Letter) letters++
        // Not only letters have capitals: Roman numerals (Ⅰ) and circled letters (Ⓐ) do too.
        const letterCase = caseOf(cp)
        if (letterCase === LetterCase.Upper) upper = true
        else if (letterCase === LetterCase.Lower && kind === CharClass.Letter) lowerCase = true
      }
      if (kind === CharClass.Letter || kind === CharClass.Digit) {
        if (c0 === -1) c0 = i
        else if (pendingNonDigit) innerNonDigit = true
        if (kind === CharClass.Letter) innerNonDigit = true
        pendingNonDigit = false
        c1 = i + width
      } else if (c0 !== -1) {
        pendingNonDigit = true
      }
      i += width
    }
    const b = i
    lastTokenEnd = b
    if (maybeUrl && isUrlLike(text.slice(a, b))) {
      measure(a, b)
      segment(a, b, true, m.c0, m.c1, m.letters, m.digitsOnly, m.upper, m.lowerCase)
      continue
    }
    if (!separators) {
      segment(a, b, false, c0, c1, letters, !innerNonDigit, upper, lowerCase)
      continue
    }
    let from = a
    for (let k = a; k < b; k++) {
      if (isSeparator(text.charCodeAt(k))) {
        if (k > from) {
          measure(from, k)
          segment(from, k, false, m.c0, m.c1, m.letters, m.digitsOnly, m.upper, m.lowerCase)
        }
        from = k + 1
      }
    }
    if (from < b) {
      measure(from, b)
      segment(from, b, false, m.c0, m.c1, m.letters, m.digitsOnly, m.upper, m.lowerCase)
    }
  }
  closeSentence(lastTokenEnd)
  return { block, sentences, words }
}
