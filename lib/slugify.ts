/** What slugifySwedish makes: the only shape an address on the public site may have. */
export const slugPattern = /^[a-z0-9]+(?:-[a-z0-9]+)*$/

/**
 * URL slug for Swedish titles: "Förskola & fritids i Åby" → "forskola-fritids-i-aby".
 * Letters with diacritics keep their base letter instead of being dropped.
 */
export const slugifySwedish = (value: unknown): string | undefined => {
  if (typeof value !== 'string') {
    return undefined
  }
  const slug = value
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .replace(/ß/g, 'ss')
    .replace(/æ/gi, 'ae')
    .replace(/ø/gi, 'o')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '')
    .slice(0, 100)
    .replace(/-+$/, '')
  return slug || undefined
}
