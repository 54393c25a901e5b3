import type { RuleSettings } from '../../analysis/config'
import type { AnalysisInput, AnalysisResult } from '../../analysis/types'

import { analyze } from '../../analysis/analyze'
import { workerSource } from './source.generated'

/**
 * From this many characters of text (about 1,500 words) the analysis runs in a Web Worker: a
 * 10,000-word page would otherwise hold the main thread while the editor types.
 */
export const workerFromCharacters = 10_000

type Waiting = { reject: (error: Error) => void; resolve: (result: AnalysisResult) => void }

let worker: null | undefined | Worker
let nextId = 0
const waiting = new Map<number, Waiting>()

const failAll = (error: Error) => {
  for (const job of waiting.values()) job.reject(error)
  waiting.clear()
}

/** The worker, started once; null when the browser or the site's CSP does not allow it. */
const workerOrNull = (): null | Worker => {
  if (worker !== undefined) return worker
  try {
    const url = URL.createObjectURL(new Blob([workerSource], { type: 'text/javascript' }))
    worker = new Worker(url, { name: 'klarkoll-analys' })
    worker.onmessage = ({
      data,
    }: MessageEvent<{ analysis?: AnalysisResult; error?: string; id: number }>) => {
      const job = waiting.get(data.id)
      waiting.delete(data.id)
      if (data.analysis) job?.resolve(data.analysis)
      else job?.reject(new Error(data.error ?? 'okänt fel'))
    }
    // A CSP without `worker-src blob:` stops the worker with an error event: from then on the
    // analysis runs on the main thread as before.
    worker.onerror = () => {
      worker?.terminate()
      worker = null
      failAll(new Error('klarkoll: analysarbetaren kunde inte starta'))
    }
  } catch {
    worker = null
  }
  return worker
}

const characters = (input: AnalysisInput) =>
  input.blocks.reduce((sum, block) => sum + block.text.length, 0)

/**
 * The klarspråk analysis of the panel: on the main thread for short texts (no round trip), in
 * the worker for long ones, and on the main thread again when the worker cannot run.
 */
export const analyzeInBrowser = async (
  input: AnalysisInput,
  rules: RuleSettings,
): Promise<AnalysisResult> => {
  const off = characters(input) >= workerFromCharacters ? workerOrNull() : null
  if (!off) return analyze(input, { rules })
  const id = ++nextId
  try {
    return await new Promise<AnalysisResult>((resolve, reject) => {
      waiting.set(id, { reject, resolve })
      off.postMessage({ id, input, rules })
    })
  } catch {
    return analyze(input, { rules })
  }
}
