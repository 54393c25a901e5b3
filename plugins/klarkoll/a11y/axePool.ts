import axe from 'axe-core'
import { availableParallelism } from 'node:os'
import path from 'node:path'
import { Worker } from 'node:worker_threads'

import { swedishLocale } from './axeLocale'

/** What a worker sends back of axe's result: plain data, no DOM. */
export type WorkerViolation = {
  help: string
  id: string
  impact?: null | string
  nodes: Array<{ html: string; target: unknown[] }>
  tags: string[]
}

/** axe took longer than its budget: the worker was stopped and the check gives a11y/unavailable. */
export class A11yBudgetError extends Error {
  constructor(budgetMs: number) {
    super(`Tillgänglighetskontrollen tog mer än ${budgetMs / 1000} s och avbröts.`)
    this.name = 'A11yBudgetError'
  }
}

// The worker is plain JavaScript given as a string, so it needs no path to a file of ours (which
// a bundler moves) and no TypeScript loader: jsdom is required from the app's own node_modules,
// axe's source and Swedish messages come with workerData.
const workerCode = `
const { parentPort, workerData } = require('node:worker_threads')
const { createRequire } = require('node:module')
const { JSDOM } = createRequire(workerData.base)('jsdom')
const { window } = new JSDOM('<!doctype html><html lang="sv"><body><main></main></body></html>', {
  runScripts: 'outside-only',
})
window.eval(workerData.axeSource)
window.axe.configure({ locale: workerData.locale })
const root = window.document.querySelector('main')
parentPort.on('message', async ({ html, id, options }) => {
  root.innerHTML = html
  try {
    const result = await window.axe.run(root, options)
    parentPort.postMessage({
      id,
      violations: result.violations.map((v) => ({
        help: v.help,
        id: v.id,
        impact: v.impact,
        nodes: v.nodes.map((n) => ({ html: n.html, target: n.target })),
        tags: v.tags,
      })),
    })
  } catch (error) {
    parentPort.postMessage({ error: String((error && error.message) || error), id })
  } finally {
    root.innerHTML = ''
  }
})
`

type Task = {
  html: string
  id: number
  options: object
  reject: (error: Error) => void
  resolve: (violations: WorkerViolation[]) => void
  timer: NodeJS.Timeout
}

type Slot = { task?: Task; worker: Worker }

/**
 * A few worker threads that run axe-core in jsdom, off the event loop: 225 KB of HTML kept the
 * server's only thread busy for 20 s, and every other request waited. Each check has a time
 * budget from the moment it is asked for; over it, its worker is stopped (terminate() ends even
 * a synchronous loop) and replaced on the next check.
 */
export class AxePool {
  private nextId = 0
  private readonly queue: Task[] = []
  private readonly slots: Slot[] = []

  constructor(
    private readonly size = Math.max(1, Math.min(2, availableParallelism())),
    private readonly base = path.join(process.cwd(), 'package.json'),
  ) {}

  run(html: string, options: object, budgetMs: number): Promise<WorkerViolation[]> {
    return new Promise((resolve, reject) => {
      const task: Task = {
        html,
        id: ++this.nextId,
        options,
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
      slot.worker.postMessage({ html: task.html, id: task.id, options: task.options })
    }
  }

  private start(): Slot {
    const worker = new Worker(workerCode, {
      eval: true,
      workerData: { axeSource: axe.source, base: this.base, locale: swedishLocale },
    })
    const slot: Slot = { worker }
    worker.unref()
    worker.on(
      'message',
      (message: { error?: string; id: number; violations?: WorkerViolation[] }) => {
        const task = slot.task
        if (!task || task.id !== message.id) return
        slot.task = undefined
        worker.unref()
        if (message.error !== undefined) this.settle(task, new Error(message.error))
        else this.settle(task, null, message.violations)
        this.pump()
      },
    )
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

  private settle(task: Task, error: Error | null, violations?: WorkerViolation[]) {
    clearTimeout(task.timer)
    if (error) task.reject(error)
    else task.resolve(violations ?? [])
  }
}

/** The process's pool, started on the first check. */
let shared: AxePool | undefined
export const axePool = (): AxePool => (shared ??= new AxePool())
