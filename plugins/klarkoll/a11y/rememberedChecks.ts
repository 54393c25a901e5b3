import { createHash } from 'node:crypto'

import type { RuleSettings } from '../analysis/config'

/**
 * Worker jobs that outlive the request that asked for them. The analyze endpoint answers within
 * 1 s even when jsdom and axe need longer (a real 45 kB page takes axe about 1 s): the job goes
 * on in its worker, within its budget, and the same question asked again gets the finished
 * result, or waits for the same running job instead of starting another one.
 */
const kept = 50
const finished = new Map<string, { result: unknown; until: number }>()
const running = new Map<string, Promise<unknown>>()

// Presets are resolved once and kept (endpoints/analyze.ts): the object names the policy.
const settingsIds = new WeakMap<RuleSettings, number>()
let nextSettingsId = 0
const idOf = (settings: RuleSettings) => {
  let id = settingsIds.get(settings)
  if (id === undefined) settingsIds.set(settings, (id = ++nextSettingsId))
  return id
}

/** A key for one job: its kind, its settings (by identity) and its text. */
export const jobKey = (kind: string, text: string, settings?: RuleSettings): string =>
  createHash('sha256')
    .update(`${kind}\0${settings ? idOf(settings) : ''}\0${text}`)
    .digest('base64url')

/**
 * The finished result of the same job, or the running one; otherwise starts `run`. Results are
 * kept for good, except for `keepMs(result)` milliseconds when it gives a number (a job over its
 * budget: asking again at once would only take as long again).
 */
export const remembered = <T>(
  key: string,
  run: () => Promise<T>,
  keepMs: (result: T) => number | undefined = () => undefined,
): Promise<T> => {
  const done = finished.get(key)
  if (done && done.until > Date.now()) {
    // Most recently used last, so the oldest is the one dropped.
    finished.delete(key)
    finished.set(key, done)
    return Promise.resolve(done.result as T)
  }
  finished.delete(key)
  const pending = running.get(key)
  if (pending) return pending as Promise<T>
  const started = run().then(
    (result) => {
      running.delete(key)
      const ms = keepMs(result)
      finished.set(key, { result, until: ms === undefined ? Infinity : Date.now() + ms })
      if (finished.size > kept) finished.delete(finished.keys().next().value!)
      return result
    },
    (error: unknown) => {
      running.delete(key)
      throw error
    },
  )
  running.set(key, started)
  return started
}
