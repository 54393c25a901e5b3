export type Unit = 'arbetsdagar' | 'dagar' | 'timmar'
export type ResponsePromise = { unit: Unit; value: number }

const unitWords: Record<Unit, [string, string]> = {
  arbetsdagar: ['arbetsdag', 'arbetsdagar'],
  dagar: ['dag', 'dagar'],
  timmar: ['timme', 'timmar'],
}

export const promiseWords = ({ unit, value }: ResponsePromise) =>
  `${value} ${unitWords[unit][value === 1 ? 0 : 1]}`

export const asPromise = (value: unknown): null | ResponsePromise => {
  const p = value as { unit?: unknown; value?: unknown } | null | undefined
  if (!p || typeof p.value !== 'number' || p.value <= 0) return null
  if (p.unit !== 'arbetsdagar' && p.unit !== 'dagar' && p.unit !== 'timmar') return null
  return { unit: p.unit, value: p.value }
}

/**
 * Whether a promise keeps within a policy's limit in the worst case. Working days become
 * calendar days with the weekends they can span ("2 arbetsdagar" sent on a Friday is answered on
 * Tuesday: four days); a limit in working days is met by as many calendar days or fewer.
 */
export const keepsWithin = (promise: ResponsePromise, limit: ResponsePromise): boolean => {
  if (promise.unit === limit.unit) return promise.value <= limit.value
  const worstHours = (p: ResponsePromise) =>
    p.unit === 'timmar'
      ? p.value
      : p.unit === 'dagar'
        ? p.value * 24
        : (p.value + 2 * Math.ceil(p.value / 5)) * 24
  const limitHours = limit.unit === 'timmar' ? limit.value : limit.value * 24
  return worstHours(promise) <= limitHours
}
