import type { Payload, PayloadRequest, TaskConfig } from 'payload'

import type { KlarkollSettings } from './types'

import { slugsOf } from './slugs'

/** Claims older than this are removed by the nightly schedule claim. */
const keepClaimsDays = 14

/** True for the one instance whose insert of this key succeeds. */
export const claim = async (payload: Payload, key: string): Promise<boolean> => {
  try {
    // Without the request: its own transaction, so a lost race cannot abort the caller's.
    await payload.create({
      collection: slugsOf(payload).claims as never,
      data: { key } as never,
      disableTransaction: true,
    })
  } catch {
    return false
  }
  return true
}

/** Old claims go once a night, not with every job attempt (a page check follows each publish). */
const forgetOldClaims = (payload: Payload) =>
  payload.delete({
    collection: slugsOf(payload).claims as never,
    where: {
      createdAt: { less_than: new Date(Date.now() - keepClaimsDays * 86_400_000).toISOString() },
    },
  })

const release = (payload: Payload, key: string) =>
  payload.delete({ collection: slugsOf(payload).claims as never, where: { key: { equals: key } } })

type ScheduleHooks = NonNullable<NonNullable<TaskConfig['schedule']>[number]['hooks']>
type BeforeSchedule = NonNullable<ScheduleHooks['beforeSchedule']>

/**
 * Payload's own check (no job of this task already waiting) runs first; then the run is claimed,
 * so instances that handle the schedule at the same time queue it once between them.
 */
const onceAcrossInstances: BeforeSchedule = async (args) => {
  const result = await args.defaultBeforeSchedule(args)
  if (!result.shouldSchedule) return result
  const { queueable } = args
  const task = queueable.taskConfig?.slug ?? queueable.workflowConfig?.slug
  const at = (result.waitUntil ?? queueable.waitUntil)?.toISOString()
  const key = `schedule:${queueable.scheduleConfig.queue}:${task}:${at}`
  if (!(await claim(args.req.payload, key))) return { ...result, shouldSchedule: false }
  await forgetOldClaims(args.req.payload)
  return result
}

/** The nightly schedule of klarkoll's jobs on its queue, or nothing when schedules are off. */
export const nightlySchedule = (settings: KlarkollSettings): Pick<TaskConfig, 'schedule'> =>
  settings.jobs.schedule
    ? {
        schedule: [
          {
            cron: settings.jobs.schedule,
            hooks: { beforeSchedule: onceAcrossInstances },
            queue: settings.jobs.queue,
          },
        ],
      }
    : {}

type Handler = (args: {
  input: unknown
  job?: { createdAt?: string; id: number | string; totalTried?: null | number }
  req: PayloadRequest
}) => Promise<{ output: object }>

/**
 * Payload's SQL adapters claim a job by reading it and then updating it, so two instances working
 * the queue at the same moment can both start the same job. Each attempt of a job is claimed
 * first; the instance that loses does nothing. A failed attempt gives its claim back, so
 * Payload's retry (the next attempt) runs.
 */
export const runOnceTask = (task: TaskConfig): TaskConfig => {
  if (typeof task.handler !== 'function') return task
  const handler = task.handler as unknown as Handler
  const once: Handler = async (args) => {
    if (!args.job) return handler(args)
    // SQLite reuses the id of a deleted (finished) job; the creation time tells jobs apart.
    const { createdAt, id, totalTried } = args.job
    const key = `run:${task.slug}:${id}:${createdAt ?? ''}:${totalTried ?? 0}`
    if (!(await claim(args.req.payload, key))) return { output: {} }
    try {
      return await handler(args)
    } catch (error) {
      await release(args.req.payload, key)
      throw error
    }
  }
  return { ...task, handler: once as unknown as TaskConfig['handler'] } as TaskConfig
}
