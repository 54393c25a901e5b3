/**
 * Character classes and letter case by code point, without running a regular expression per
 * character: Latin-1 (ASCII, å, ä, ö, é …) from tables, everything else through Unicode tests
 * cached per code point.
 */
export const enum CharClass {
  Other = 0,
  Letter = 1,
  Digit = 2,
  Space = 3,
}

export const enum LetterCase {
  None = 0,
  Upper = 1,
  Lower = 2,
}

/** A table for Latin-1 and a bounded cache above it, so random Unicode cannot grow it for ever. */
const byCodePoint = <T extends number>(compute: (codePoint: number) => T) => {
  const table = new Uint8Array(256)
  for (let c = 0; c < 256; c++) table[c] = compute(c)
  const cache = new Map<number, T>()
  const get = (codePoint: number): T => {
    if (codePoint < 256) return table[codePoint] as T
    let known = cache.get(codePoint)
    if (known === undefined) {
      known = compute(codePoint)
      if (cache.size < 4096) cache.set(codePoint, known)
    }
    return known
  }
  return { get, table }
}

const letterOrMark = /^[\p{L}\p{M}]$/u
const number = /^\p{N}$/u
const space = /^[\s\p{Z}]$/u

const classes = byCodePoint((codePoint): CharClass => {
  const char = String.fromCodePoint(codePoint)
  return letterOrMark.test(char)
    ? CharClass.Letter
    : number.test(char)
      ? CharClass.Digit
      : space.test(char)
        ? CharClass.Space
        : CharClass.Other
})

const cases = byCodePoint((codePoint): LetterCase => {
  const char = String.fromCodePoint(codePoint)
  // Title-case letters (ᾈ, ǅ) have a lower-case form too: they count as capitals.
  return char !== char.toLowerCase()
    ? LetterCase.Upper
    : char !== char.toUpperCase()
      ? LetterCase.Lower
      : LetterCase.None
})

/** Classes of the Latin-1 characters, for loops that look them up without a call. */
export const ascii = classes.table

export const classOf = classes.get

/** Capital, small or neither. */
export const caseOf = cases.get

/** Letter case of the Latin-1 characters, for loops that look them up without a call. */
export const latin1Case = cases.table
