const small = [
  'noll',
  'ett',
  'två',
  'tre',
  'fyra',
  'fem',
  'sex',
  'sju',
  'åtta',
  'nio',
  'tio',
  'elva',
  'tolv',
]

/**
 * A count as Swedish readers expect it in running text: words up to twelve, digits above
 * ("inom två arbetsdagar", "inom 14 dagar"). `en` for common-gender nouns ("en vecka").
 */
export const countWord = (n: number, gender: 'en' | 'ett' = 'en'): string => {
  if (!Number.isInteger(n) || n < 0 || n > 12) return String(n)
  if (n === 1) return gender
  return small[n]!
}

/** "2 arbetsdagar" as plain words: "två arbetsdagar", "en arbetsdag". */
export const countWithUnit = (
  n: number,
  unit: { gender?: 'en' | 'ett'; one: string; many: string },
): string => `${countWord(n, unit.gender)} ${n === 1 ? unit.one : unit.many}`
