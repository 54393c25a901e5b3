import { parse, type Duration } from 'tinyduration'

import type { Checked } from '../contact/validators'

import { countWithUnit } from '../swedishWords'

const units: Array<
  [Exclude<keyof Duration, 'negative'>, { gender?: 'en' | 'ett'; many: string; one: string }]
> = [
  ['years', { gender: 'ett', many: 'år', one: 'år' }],
  ['months', { many: 'månader', one: 'månad' }],
  ['weeks', { many: 'veckor', one: 'vecka' }],
  ['days', { many: 'dagar', one: 'dag' }],
  ['hours', { many: 'timmar', one: 'timme' }],
  ['minutes', { many: 'minuter', one: 'minut' }],
  ['seconds', { many: 'sekunder', one: 'sekund' }],
]

/**
 * A processing time as an ISO 8601 duration ("P8W", "P3M", "PT48H"), the form CPSV-AP and
 * schema.org expect. Must be positive and without fractions, so it reads as a plain promise.
 */
export const checkProcessingTime = (
  input: unknown,
): Checked<{ duration: Duration; iso: string }> => {
  const iso = typeof input === 'string' ? input.trim().toUpperCase() : ''
  const wrong = {
    message: `"${String(input ?? '')}" är ingen giltig handläggningstid. Skriv den som en ISO 8601-period: P8W är åtta veckor, P3M tre månader, P10D tio dagar, PT48H 48 timmar.`,
    ok: false as const,
  }
  let duration: Duration
  try {
    duration = parse(iso)
  } catch {
    return wrong
  }
  const amounts = units.map(([key]) => duration[key] ?? 0)
  if (duration.negative || amounts.some((n) => !Number.isInteger(n))) return wrong
  if (amounts.every((n) => n === 0)) {
    return {
      message: `Handläggningstiden "${iso}" är noll. Ange hur lång tid det tar, till exempel P8W för åtta veckor.`,
      ok: false,
    }
  }
  return { duration, iso, ok: true }
}

/** "P8W" → "åtta veckor", "P1M2W" → "en månad och två veckor"; undefined when not valid. */
export const describeProcessingTime = (iso: unknown): string | undefined => {
  const checked = checkProcessingTime(iso)
  if (!checked.ok) return undefined
  const parts = units.flatMap(([key, unit]) => {
    const n = checked.duration[key] ?? 0
    return n > 0 ? [countWithUnit(n, unit)] : []
  })
  if (parts.length === 0) return undefined
  return parts.length === 1
    ? parts[0]
    : `${parts.slice(0, -1).join(', ')} och ${parts[parts.length - 1]}`
}
