import type { Endpoint, PayloadRequest } from 'payload'

import type { KlarkollSettings, KlarkollUser } from '../types'
import type { AuditRun } from './runsCollection'

import { slugsOf } from '../slugs'
import { siteAuditTaskSlug } from './task'

/** A run still queued or running after this long has died with its instance: start anew. */
const abandonedAfterMs = 60 * 60 * 1000

const refuse = (status: number, message: string) =>
  Response.json({ errors: [{ message }] }, { status })

const latestRun = async (req: PayloadRequest): Promise<AuditRun | null> => {
  const { docs } = await req.payload.find({
    collection: slugsOf(req.payload).auditRuns as never,
    limit: 1,
    sort: '-createdAt',
  })
  return (docs[0] as unknown as AuditRun | undefined) ?? null
}

/** The refusal for someone who may not run the site audit, or null. */
const refusal = (req: PayloadRequest, settings: KlarkollSettings) =>
  !req.user
    ? refuse(401, 'Logga in först.')
    : settings.canRunSiteAudit(req.user as unknown as KlarkollUser)
      ? null
      : refuse(403, 'Bara kommunikatörer och administratörer kan granska hela webbplatsen.')

/**
 * GET /api/klarkoll/site-audit — the latest run of "Granska hela webbplatsen" and its progress.
 * POST — queues a new run (or answers with the one already under way). The job starts at once
 * on this instance; the job runner would otherwise take it within a minute.
 */
export const siteAuditEndpoints = (settings: KlarkollSettings): Endpoint[] => [
  {
    handler: async (req) => refusal(req, settings) ?? Response.json({ run: await latestRun(req) }),
    method: 'get',
    path: '/klarkoll/site-audit',
  },
  {
    handler: async (req) => {
      const refused = refusal(req, settings)
      if (refused) return refused
      const latest = await latestRun(req)
      if (
        latest &&
        (latest.state === 'queued' || latest.state === 'running') &&
        Date.now() - Date.parse(latest.createdAt) < abandonedAfterMs
      ) {
        return Response.json({ run: latest, started: false })
      }
      const run = (await req.payload.create({
        collection: slugsOf(req.payload).auditRuns as never,
        data: {
          done: 0,
          requestedBy: (req.user as { email?: string }).email ?? null,
          state: 'queued',
          total: 0,
        } as never,
        disableTransaction: true,
      })) as unknown as AuditRun
      const job: { id: number | string } = await req.payload.jobs.queue({
        input: { run: run.id } as never,
        queue: settings.jobs.queue,
        task: siteAuditTaskSlug as never,
      })
      void req.payload.jobs.runByID({ id: job.id, silent: true }).catch((error: unknown) => {
        req.payload.logger.error({ err: error, msg: 'klarkoll: granskningen av webbplatsen' })
      })
      return Response.json({ run, started: true }, { status: 202 })
    },
    method: 'post',
    path: '/klarkoll/site-audit',
  },
]
