import { availableParallelism } from 'node:os'
import path from 'node:path'
import { Worker } from 'node:worker_threads'

import type { WorkerJob } from './worker/entry'

import { workerSource } from './worker/source.generated'

/** How long one check may take, from when it is asked for (publish gate, editor's panel). */
export const checkBudgetMs = 10_000

/** A check took longer than its budget: its worker was stopped. */
export class A11yBudgetError extends Error {
  constructor(budgetMs: number) {
    super(`Kontrollen tog mer än ${budgetMs / 1000} s och avbröts.`)
    this.name = 'A11yBudgetError'
  }
}

type Task = {
  id: number
  job: WorkerJob
  reject: (error: Error) => void
  resolve: (result: unknown) => void
  timer: NodeJS.Timeout
}

type Slot = { task?: Task; worker: Worker }

/**
 * A few worker threads that read HTML in jsdom and run the accessibility checks (author rules and
 * axe-core), off the event loop: 225 KB of HTML kept the server's only thread busy for 20 s, and
 * every other request waited. The worker is one string of bundled JavaScript
 * (worker/source.generated.ts) started with `eval`, so no file path has to survive a bundler.
 * Each job has a time budget from the moment it is asked for; over it, its worker is stopped
 * (terminate() ends even a synchronous loop) and replaced on the next job.
 */
export class WorkerPool {
  private nextId = 0
  private readonly queue: Task[] = []
  private readonly slots: Slot[] = []

  constructor(
    private readonly size = Math.max(1, Math.min(2, availableParallelism())),
    private readonly base = path.join(process.cwd(), 'package.json'),
  ) {}

  run(job: WorkerJob, budgetMs: number): Promise<unknown> {
    return new Promise((resolve, reject) => {
      const task: Task = {
        id: ++this.nextId,
        job,
        reject,
        resolve,
        timer: setTimeout(() => this.overBudget(task, budgetMs), budgetMs),
      }
      task.timer.unref()
      this.queue.push(task)
      this.pump()
    })
  }

  /** Stops every worker; pending checks fail. For tests and shutdown. */
  async close(): Promise<void> {
    for (const task of this.queue.splice(0)) this.settle(task, new Error('Stängd.'))
    await Promise.all(this.slots.splice(0).map(({ worker }) => worker.terminate()))
  }

  private pump() {
    while (this.queue.length > 0) {
      let slot = this.slots.find((s) => !s.task)
      if (!slot && this.slots.length < this.size) slot = this.start()
      if (!slot) return
      const task = this.queue.shift()!
      slot.task = task
      slot.worker.ref()
      slot.worker.postMessage({ id: task.id, job: task.job })
    }
  }

  private start(): Slot {
    const worker = new Worker(workerSource, { eval: true, workerData: { base: this.base } })
    const slot: Slot = { worker }
    worker.unref()
    worker.on('message', (message: { error?: string; id: number; result?: unknown }) => {
      const task = slot.task
      if (!task || task.id !== message.id) return
      slot.task = undefined
      worker.unref()
      if (message.error !== undefined) this.settle(task, new Error(message.error))
      else this.settle(task, null, message.result)
      this.pump()
    })
    const lost = (error: Error) => {
      this.remove(slot)
      if (slot.task) this.settle(slot.task, error)
      this.pump()
    }
    worker.on('error', lost)
    worker.on('exit', () => lost(new Error('Tillgänglighetskontrollens arbetstråd avslutades.')))
    this.slots.push(slot)
    return slot
  }

  private overBudget(task: Task, budgetMs: number) {
    const queued = this.queue.indexOf(task)
    if (queued >= 0) this.queue.splice(queued, 1)
    const slot = this.slots.find((s) => s.task === task)
    if (slot) {
      slot.task = undefined
      this.remove(slot)
      void slot.worker.terminate()
    }
    this.settle(task, new A11yBudgetError(budgetMs))
    this.pump()
  }

  private remove(slot: Slot) {
    const index = this.slots.indexOf(slot)
    if (index >= 0) this.slots.splice(index, 1)
  }

  private settle(task: Task, error: Error | null, result?: unknown) {
    clearTimeout(task.timer)
    if (error) task.reject(error)
    else task.resolve(result)
  }
}

/** The process's pool, started on the first job. */
let shared: WorkerPool | undefined
export const workerPool = (): WorkerPool => (shared ??= new WorkerPool())
