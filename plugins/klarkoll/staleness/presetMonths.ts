import type { RuleSettings } from '../analysis/config'

/** The review intervals a preset (or the project's rules) sets on `stale/review-overdue`. */
export const presetReviewMonths = (rules: RuleSettings): Record<string, number> => {
  const setting = rules['stale/review-overdue']
  const options = Array.isArray(setting) ? setting[1] : undefined
  const months = (options as { months?: unknown } | undefined)?.months
  if (!months || typeof months !== 'object') return {}
  return Object.fromEntries(
    Object.entries(months).filter(
      (entry): entry is [string, number] =>
        typeof entry[1] === 'number' && Number.isInteger(entry[1]) && entry[1] > 0,
    ),
  )
}
