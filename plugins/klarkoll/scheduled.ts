import type { CollectionSlug, Payload } from 'payload'

export type ScheduledFailure = {
  at: string
  collection: string
  id: string
  message: string
}

const jobsSlug = 'payload-jobs'

/**
 * Scheduled publishes that failed (the gate stopped them, say). Payload keeps them as failed
 * jobs that nobody can read through the API; this reads them server-side so the dashboard and
 * the document's panel can say so instead of the publish silently not happening.
 */
export const failedScheduledPublishes = async (
  payload: Payload,
  filter: { collection?: string; id?: number | string } = {},
): Promise<ScheduledFailure[]> => {
  if (!payload.collections[jobsSlug as CollectionSlug]) return []
  const jobs = await payload.find({
    collection: jobsSlug as CollectionSlug,
    depth: 0,
    limit: 200,
    pagination: false,
    sort: '-updatedAt',
    where: { and: [{ taskSlug: { equals: 'schedulePublish' } }, { hasError: { equals: true } }] },
  })
  return (jobs.docs as unknown as Array<Record<string, unknown>>).flatMap((job) => {
    const input = (job.input ?? {}) as { doc?: { relationTo?: string; value?: unknown } }
    const collection = input.doc?.relationTo
    const id = input.doc?.value === undefined ? undefined : String(input.doc.value)
    if (!collection || id === undefined) return []
    if (filter.collection && filter.collection !== collection) return []
    if (filter.id !== undefined && String(filter.id) !== id) return []
    const error = job.error as { message?: string } | null | undefined
    const log = Array.isArray(job.log) ? (job.log as Array<{ error?: { message?: string } }>) : []
    const message =
      error?.message ??
      log
        .map((l) => l.error?.message)
        .filter(Boolean)
        .at(-1) ??
      'okänt fel'
    const at = String(job.waitUntil ?? job.updatedAt ?? '')
    return [{ at, collection, id, message }]
  })
}
