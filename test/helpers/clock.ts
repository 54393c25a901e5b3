import { jest } from '@jest/globals'

/**
 * Fixes the date for a test file: `Date` starts at `iso` and runs on from there, while timers,
 * ticks and performance stay real so Payload, the database drivers and mail work as usual. A test
 * whose outcome depends on today's date must never read the machine's clock.
 */
export const fixClock = (iso: string) => {
  jest.useFakeTimers({
    advanceTimers: true,
    doNotFake: [
      'cancelAnimationFrame',
      'cancelIdleCallback',
      'clearImmediate',
      'clearInterval',
      'clearTimeout',
      'hrtime',
      'nextTick',
      'performance',
      'queueMicrotask',
      'requestAnimationFrame',
      'requestIdleCallback',
      'setImmediate',
      'setInterval',
      'setTimeout',
    ],
    now: new Date(iso),
  })
}
