import textStatistics from 'text-statistics'

/**
 * Flesch Reading Ease for English blocks, from the text-statistics package (English syllable
 * rules; meaningless for Swedish). Very long "words" are left out: they are not English prose and
 * the package's syllable counter slows down on them.
 */
export const fleschReadingEase = (texts: string[]): null | number => {
  const text = texts
    .join('. ')
    .split(/\s+/)
    .filter((word) => word.length > 0 && word.length <= 45)
    .join(' ')
  if (!/[a-z]/i.test(text)) return null
  const score = textStatistics(text).fleschKincaidReadingEase()
  return Number.isFinite(score) ? score : null
}
