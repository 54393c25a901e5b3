import { availableParallelism } from 'node:os'
import path from 'node:path'
import { Worker } from 'node:worker_threads'

import type { RuleSettings } from '../analysis/config'
import type { AnalysisInput } from '../analysis/types'
import type { AuditJobResult } from './worker'

import { workerSource } from './source.generated'

type Pending = {
  reject: (error: Error) => void
  resolve: (value: AuditJobResult) => void
}

/**
 * Worker threads that run the klarspråk engine, one per core, so an audit uses the whole
 * machine. The worker is one string of bundled JavaScript (source.generated.ts, from worker.ts by
 * scripts/build-workers.mjs), started with `eval`: no TypeScript loader, no file path to keep.
 */
export const createAnalysisPool = (size = availableParallelism()) => {
  const base = path.join(process.cwd(), 'package.json')
  const workers = Array.from(
    { length: Math.max(1, size) },
    () =>
      new Worker(workerSource, {
        eval: true,
        execArgv: ['--no-deprecation'],
        workerData: { base },
      }),
  )
  const pending = new Map<number, Pending>()
  const idle: Worker[] = [...workers]
  const queue: Array<() => void> = []
  let next = 0
  for (const worker of workers) {
    worker.on('message', (message: AuditJobResult) => {
      pending.get(message.id)?.resolve(message)
      pending.delete(message.id)
      idle.push(worker)
      queue.shift()?.()
    })
    worker.on('error', (error) => {
      for (const p of pending.values()) p.reject(error)
      pending.clear()
    })
  }
  const run = (
    inputs: AnalysisInput[],
    rules: RuleSettings,
    html: Array<Array<{ html: string; path: string }>> = [],
  ) =>
    new Promise<AuditJobResult>((resolve, reject) => {
      const start = () => {
        const worker = idle.pop()!
        const id = next++
        pending.set(id, { reject, resolve })
        worker.postMessage({ html, id, inputs, rules })
      }
      if (idle.length > 0) start()
      else queue.push(start)
    })
  return {
    close: () => Promise.all(workers.map((w) => w.terminate())),
    run,
    size: workers.length,
  }
}
