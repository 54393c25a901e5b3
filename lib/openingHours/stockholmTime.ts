/**
 * Europe/Stockholm wall-clock time without depending on the process's TZ: conversions go through
 * Intl with an explicit time zone, and dates are handled as "YYYY-MM-DD" strings.
 */
const zone = 'Europe/Stockholm'

const parts = new Intl.DateTimeFormat('en-GB', {
  day: '2-digit',
  hour: '2-digit',
  hourCycle: 'h23',
  minute: '2-digit',
  month: '2-digit',
  second: '2-digit',
  timeZone: zone,
  year: 'numeric',
})

export type LocalDateTime = { date: string; minutes: number }

/** The Stockholm date and minutes past midnight at an instant. */
export const toLocal = (instant: Date): LocalDateTime => {
  const p = Object.fromEntries(parts.formatToParts(instant).map((x) => [x.type, x.value]))
  return {
    date: `${p.year}-${p.month}-${p.day}`,
    minutes: Number(p.hour) * 60 + Number(p.minute),
  }
}

const naiveOf = (date: string, minutes: number): number => {
  const [y, m, d] = date.split('-').map(Number) as [number, number, number]
  return Date.UTC(y, m - 1, d) + minutes * 60_000
}

const hourMs = 3_600_000
const offsets = new Map<number, number>()

/**
 * Stockholm's offset from UTC in minutes at an instant (60 in winter, 120 in summer). The clocks
 * change at 01:00 UTC, so the offset is the same through each UTC hour: one lookup per hour.
 */
const offsetAt = (instant: number): number => {
  const hour = Math.floor(instant / hourMs)
  let offset = offsets.get(hour)
  if (offset === undefined) {
    const local = toLocal(new Date(hour * hourMs))
    offset = Math.round((naiveOf(local.date, local.minutes) - hour * hourMs) / 60_000)
    if (offsets.size > 100_000) offsets.clear()
    offsets.set(hour, offset)
  }
  return offset
}

/**
 * The instant of a Stockholm wall-clock time ("24:00" is the next midnight). Like Temporal's
 * "compatible" choice: an autumn time that occurs twice maps to the first occurrence, a spring
 * time that is skipped moves forward by the gap (02:30 → 03:30 summer time).
 */
export const toInstant = (date: string, minutes: number): Date => {
  const naive = naiveOf(date, minutes)
  // The wall time asked for, normalised ("24:00" → next day 00:00) by reading naive as UTC.
  const wanted = {
    date: new Date(naive).toISOString().slice(0, 10),
    minutes: Math.floor((naive % 86_400_000) / 60_000),
  }
  let best: number | undefined
  for (const offset of [120, 60]) {
    const candidate = naive - offset * 60_000
    const local = toLocal(new Date(candidate))
    if (local.date === wanted.date && local.minutes === wanted.minutes) {
      best = best === undefined ? candidate : Math.min(best, candidate)
    }
  }
  // In the spring gap: the offset that applied before the clocks changed.
  return new Date(best ?? naive - offsetAt(naive - 86_400_000) * 60_000)
}

/** The first minute in (from, to] at which Stockholm's offset differs from `offset`, else `to`. */
const offsetChange = (from: number, to: number, offset: number): number => {
  if (offsetAt(to - 60_000) === offset) return to
  let [low, high] = [from, to - 60_000]
  while (high - low > 60_000) {
    const middle = low + Math.floor((high - low) / 120_000) * 60_000
    if (offsetAt(middle) === offset) low = middle
    else high = middle
  }
  return high
}

/**
 * The instants at which Stockholm's wall clock shows `date` between `from` and `to` minutes
 * (`to` up to 1440): what "open 02:30–03:30" means on a clock-change night. Usually one range;
 * on the spring night a skipped hour has none, and on the autumn night a repeated one has two.
 */
export const wallClockRanges = (
  date: string,
  from: number,
  to: number,
): Array<[number, number]> => {
  const ranges: Array<[number, number]> = []
  for (const offset of [120, 60]) {
    const end = naiveOf(date, to) - offset * 60_000
    for (let start = naiveOf(date, from) - offset * 60_000; start < end;) {
      const actual = offsetAt(start)
      const next = offsetChange(start, end, actual)
      if (actual === offset) ranges.push([start, next])
      start = next
    }
  }
  return ranges.sort((a, b) => a[0] - b[0])
}

export const addDays = (date: string, days: number): string => {
  const [y, m, d] = date.split('-').map(Number) as [number, number, number]
  return new Date(Date.UTC(y, m - 1, d + days)).toISOString().slice(0, 10)
}

/** ISO weekday, Monday = 1 … Sunday = 7. */
export const weekdayOf = (date: string): 1 | 2 | 3 | 4 | 5 | 6 | 7 => {
  const [y, m, d] = date.split('-').map(Number) as [number, number, number]
  const day = new Date(Date.UTC(y, m - 1, d)).getUTCDay()
  return (day === 0 ? 7 : day) as 1 | 2 | 3 | 4 | 5 | 6 | 7
}

export const parseTime = (value: string): number => {
  const [h, m] = value.split(':').map(Number) as [number, number]
  return h * 60 + m
}
