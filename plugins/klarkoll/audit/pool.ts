import { availableParallelism } from 'node:os'
import { Worker } from 'node:worker_threads'

import type { RuleSettings } from '../analysis/config'
import type { AnalysisInput } from '../analysis/types'
import type { AuditJobResult } from './worker'

type Pending = {
  reject: (error: Error) => void
  resolve: (value: AuditJobResult) => void
}

/**
 * Worker threads that run the klarspråk engine, one per core, so an audit uses the whole
 * machine. Workers load the TypeScript source through tsx (a dependency of Payload itself),
 * registered in workerEntry.mjs.
 */
export const createAnalysisPool = (size = availableParallelism()) => {
  const workers = Array.from(
    { length: Math.max(1, size) },
    () =>
      new Worker(new URL('./workerEntry.mjs', import.meta.url), {
        execArgv: ['--no-deprecation'],
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
