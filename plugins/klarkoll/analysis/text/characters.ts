/**
 * Character classes by code point, without running a regular expression per character: ASCII
 * through a table, everything else through Unicode property tests cached per code point.
 */
export const enum CharClass {
  Other = 0,
  Letter = 1,
  Digit = 2,
  Space = 3,
}

const letterOrMark = /^[\p{L}\p{M}]$/u
const number = /^\p{N}$/u
const space = /^[\s\p{Z}]$/u

const classify = (codePoint: number): CharClass => {
  const char = String.fromCodePoint(codePoint)
  return letterOrMark.test(char)
    ? CharClass.Letter
    : number.test(char)
      ? CharClass.Digit
      : space.test(char)
        ? CharClass.Space
        : CharClass.Other
}

/** Classes of ASCII and Latin-1 (å, ä, ö, é …), for loops that look them up without a call. */
export const ascii = new Uint8Array(256)
for (let c = 0; c < 256; c++) ascii[c] = classify(c)

const cache = new Map<number, CharClass>()

export const classOf = (codePoint: number): CharClass => {
  if (codePoint < 256) return ascii[codePoint]! as CharClass
  let known = cache.get(codePoint)
  if (known === undefined) {
    known = classify(codePoint)
    // Bounded: random Unicode input must not grow the cache without limit.
    if (cache.size < 4096) cache.set(codePoint, known)
  }
  return known
}

export const isWordChar = (codePoint: number): boolean => {
  const kind = classOf(codePoint)
  return kind === CharClass.Letter || kind === CharClass.Digit
}

export const enum LetterCase {
  None = 0,
  Upper = 1,
  Lower = 2,
}

const caseCache = new Map<number, LetterCase>()
const caseOfChar = (codePoint: number): LetterCase => {
  const char = String.fromCodePoint(codePoint)
  // Title-case letters (ᾈ, ǅ) have a lower-case form too: they count as capitals.
  return char !== char.toLowerCase()
    ? LetterCase.Upper
    : char !== char.toUpperCase()
      ? LetterCase.Lower
      : LetterCase.None
}
const latin1Case = new Uint8Array(256)
for (let c = 0; c < 256; c++) latin1Case[c] = caseOfChar(c)

/** For a Latin-1 letter: whether it is a capital (A–Z, Å, Ä, Ö, É …). */
export const latin1Upper = (c: number): boolean => latin1Case[c] === LetterCase.Upper

/** Capital, small or neither: Latin-1 from a table, other letters by Unicode case mapping, cached. */
export const caseOf = (codePoint: number): LetterCase => {
  if (codePoint < 256) return latin1Case[codePoint]! as LetterCase
  let known = caseCache.get(codePoint)
  if (known === undefined) {
    known = caseOfChar(codePoint)
    if (caseCache.size < 4096) caseCache.set(codePoint, known)
  }
  return known
}
