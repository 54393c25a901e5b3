/**
 * The replacement written like the words it replaces: capitalised at the start of a sentence
 * ("Erhåller" → "Får"), in capitals when they were ("ERHÖLL" → "FICK").
 */
export const matchCase = (original: string, replacement: string): string => {
  const letters = original.replace(/[^\p{L}]/gu, '')
  if (letters.length > 1 && letters === letters.toLocaleUpperCase('sv')) {
    return replacement.toLocaleUpperCase('sv')
  }
  const first = original.match(/\p{L}/u)?.[0]
  if (first && first !== first.toLocaleLowerCase('sv')) {
    return replacement.charAt(0).toLocaleUpperCase('sv') + replacement.slice(1)
  }
  return replacement
}
