import type { PayloadRequest, TaskConfig } from 'payload'

import type { AuditRun } from './runsCollection'

import { runAudit } from '../audit/runAudit'
import { slugsOf } from '../slugs'

export const siteAuditTaskSlug = 'klarkollSiteAudit'

/** Progress is written at most this often: a write per document would slow the audit. */
const progressEveryMs = 500

const update = (req: PayloadRequest, id: number | string, data: Partial<AuditRun>) =>
  req.payload.update({
    collection: slugsOf(req.payload).auditRuns as never,
    data: data as never,
    id,
    // Its own transaction: the dashboard reads the progress while the audit goes on.
    disableTransaction: true,
  })

/**
 * "Granska hela webbplatsen": every checked document checked again with today's rules (the same
 * audit as `npx klarkoll audit`), its progress written to the run the dashboard shows.
 */
export const siteAuditTask = {
  slug: siteAuditTaskSlug,
  label: 'Klarkoll: granska hela webbplatsen',
  handler: async ({ input, req }: { input: unknown; req: PayloadRequest }) => {
    const id = (input as { run?: number | string } | null)?.run
    if (id === undefined || id === null) throw new Error('Granskningen saknar sin körning (run).')
    await update(req, id, { startedAt: new Date().toISOString(), state: 'running' })
    let written = 0
    try {
      const summary = await runAudit(req.payload, {
        onProgress: (done, total) => {
          const now = Date.now()
          if (done < total && now - written < progressEveryMs) return
          written = now
          void update(req, id, { done, total }).catch(() => undefined)
        },
      })
      await update(req, id, {
        done: summary.documents,
        finishedAt: new Date().toISOString(),
        state: 'done',
        total: summary.documents,
      })
      return { output: { documents: summary.documents, ms: Math.round(summary.ms) } }
    } catch (error) {
      await update(req, id, {
        error: String((error as Error)?.message ?? error).slice(0, 500),
        finishedAt: new Date().toISOString(),
        state: 'failed',
      })
      throw error
    }
  },
  // A failed audit is shown as failed; the editor starts a new one when the cause is fixed.
  retries: 0,
} as unknown as TaskConfig
