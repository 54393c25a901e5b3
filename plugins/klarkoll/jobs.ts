import type { KlarkollSettings } from './types'

/** The nightly schedule of klarkoll's jobs on its queue, or nothing when schedules are off. */
export const nightlySchedule = (settings: KlarkollSettings) =>
  settings.jobs.schedule
    ? { schedule: [{ cron: settings.jobs.schedule, queue: settings.jobs.queue }] }
    : {}
