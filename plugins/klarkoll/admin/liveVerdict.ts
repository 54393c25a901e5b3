'use client'
import { useSyncExternalStore } from 'react'

/** What the document controls show of the panel's latest check. */
export type Verdict = {
  errors: number
  /** LIX of running text; null where the collection has none or the text is too short. */
  lix: null | number
  warnings: number
}

let current: null | Verdict = null
const listeners = new Set<() => void>()

/** The panel tells the verdict what its latest check found. */
export const publishVerdict = (next: null | Verdict) => {
  if (
    current === next ||
    (current &&
      next &&
      current.errors === next.errors &&
      current.warnings === next.warnings &&
      current.lix === next.lix)
  ) {
    return
  }
  current = next
  for (const listener of listeners) listener()
}

const subscribe = (listener: () => void) => {
  listeners.add(listener)
  return () => {
    listeners.delete(listener)
  }
}

/** The latest verdict, or null before the panel has checked the document. */
export const useVerdict = (): null | Verdict =>
  useSyncExternalStore(
    subscribe,
    () => current,
    () => null,
  )
