import type { AnalysisInput } from '../analysis/types'

import { checkBudgetMs, workerPool } from '../a11y/workerPool'

/**
 * An HTML fragment as the engine's input (see htmlBlocks.ts), read in a worker thread: parsing
 * 200 kB in jsdom takes the better part of a second that the server's other requests would wait.
 */
export const htmlInput = async (
  html: string,
  lang?: string,
  budgetMs = checkBudgetMs,
): Promise<AnalysisInput> =>
  (await workerPool().run({ html, kind: 'text', lang }, budgetMs)) as AnalysisInput
