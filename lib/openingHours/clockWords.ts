/**
 * A time as Swedish running text writes it: "08:30" → "8.30", and minutes past midnight the same
 * way (510 → "8.30").
 */
export const clockWords = (time: number | string): string =>
  typeof time === 'number'
    ? `${Math.floor(time / 60)}.${String(time % 60).padStart(2, '0')}`
    : time.replace(/^0(\d)/, '$1').replace(':', '.')
