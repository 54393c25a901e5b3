const written = /^(?:kl\.?\s*)?(\d{1,2})(?:[.:]?(\d{2}))?$/i

/**
 * A time as editors write it ("8", "8.00", "08.30", "8:00", "0830", "kl. 8") in the stored form
 * "HH:MM", or null when it is not a time of day. "24", "24.00" and "24:00" end a day.
 * Myndigheternas skrivregler write "8.00"; the API and OpenStreetMap use "08:00".
 */
export const normalizeTime = (value: string): null | string => {
  const match = written.exec(value.trim())
  if (!match) return null
  const hours = Number(match[1])
  const minutes = match[2] === undefined ? 0 : Number(match[2])
  if (minutes > 59 || hours > 24 || (hours === 24 && minutes !== 0)) return null
  return `${String(hours).padStart(2, '0')}:${String(minutes).padStart(2, '0')}`
}
