import type { AfterErrorHook } from 'payload'

type WithFieldErrors = {
  data?: { errors?: unknown }
  isPublic?: boolean
  message: string
  status?: number
}

/**
 * Keeps the field errors of a refused save in the REST answer. In a production build Next bundles
 * Payload once per layer: when an admin page first started Payload, its ValidationError is another
 * class than the one Payload's error formatter tests with `instanceof`, and the answer loses `data`
 * — the admin then shows a toast instead of the Swedish message on the field, and API clients lose
 * the paths. Only answers that already lost them are changed.
 */
export const fieldErrorsKept: AfterErrorHook = ({ error, result }) => {
  const { data, isPublic, message, status } = error as WithFieldErrors
  if (!isPublic || !Array.isArray(data?.errors) || data.errors.length === 0) return
  const answered = (result as { errors?: Array<{ data?: unknown }> } | undefined)?.errors
  if (answered?.some((entry) => entry.data !== undefined)) return
  return {
    response: { errors: [{ name: 'ValidationError', data, message }] },
    status: status ?? 400,
  }
}
