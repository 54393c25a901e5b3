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

const ascii = new Uint8Array(128)
for (let c = 0; c < 128; c++) {
  if ((c >= 65 && c <= 90) || (c >= 97 && c <= 122)) ascii[c] = CharClass.Letter
  else if (c >= 48 && c <= 57) ascii[c] = CharClass.Digit
  else if (c === 32 || (c >= 9 && c <= 13)) ascii[c] = CharClass.Space
}

const letterOrMark = /^[\p{L}\p{M}]$/u
const number = /^\p{N}$/u
const space = /^[\s\p{Z}]$/u
const cache = new Map<number, CharClass>()

export const classOf = (codePoint: number): CharClass => {
  if (codePoint < 128) return ascii[codePoint] as CharClass
  let known = cache.get(codePoint)
  if (known === undefined) {
    const char = String.fromCodePoint(codePoint)
    known = letterOrMark.test(char)
      ? CharClass.Letter
      : number.test(char)
        ? CharClass.Digit
        : space.test(char)
          ? CharClass.Space
          : CharClass.Other
    // Bounded: random Unicode input must not grow the cache without limit.
    if (cache.size < 4096) cache.set(codePoint, known)
  }
  return known
}

export const isWordChar = (codePoint: number): boolean => {
  const kind = classOf(codePoint)
  return kind === CharClass.Letter || kind === CharClass.Digit
}
