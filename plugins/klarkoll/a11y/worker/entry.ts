/**
 * The worker thread's side of workerPool.ts: reads HTML in jsdom and runs the accessibility
 * checks, one job at a time. Bundled by scripts/build-workers.mjs into source.generated.ts.
 */
import { parentPort } from 'node:worker_threads'

import type { RuleSettings } from '../../analysis/config'

import { htmlInputInWindow } from '../../check/htmlBlocks'
import { checkInWindow } from '../checkInWindow'

export type WorkerJob =
  | { html: string; kind: 'a11y'; lang?: string; path: string; settings: RuleSettings }
  | { html: string; kind: 'text'; lang?: string }

parentPort!.on('message', async ({ id, job }: { id: number; job: WorkerJob }) => {
  try {
    const result =
      job.kind === 'a11y'
        ? await checkInWindow(job.html, { lang: job.lang, path: job.path, settings: job.settings })
        : await htmlInputInWindow(job.html, job.lang)
    parentPort!.postMessage({ id, result })
  } catch (error) {
    parentPort!.postMessage({ error: String((error as Error)?.message ?? error), id })
  }
})
