import type { AnalysisInput } from '../analysis/types'

import { jobKey, remembered } from '../a11y/rememberedChecks'
import { checkBudgetMs, workerPool } from '../a11y/workerPool'

/**
 * An HTML fragment as the engine's input (see htmlBlocks.ts), read in a worker thread: parsing
 * 200 kB in jsdom takes the better part of a second that the server's other requests would wait.
 * The same fragment read again is remembered (see rememberedChecks.ts).
 */
export const htmlInput = (
  html: string,
  lang?: string,
  budgetMs = checkBudgetMs,
): Promise<AnalysisInput> =>
  remembered(
    jobKey(`text\0${lang ?? ''}`, html),
    async () => (await workerPool().run({ html, kind: 'text', lang }, budgetMs)) as AnalysisInput,
  )
