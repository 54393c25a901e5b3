// The browser's analysis worker: the same engine as the panel and the gate, off the main thread,
// so a long document does not make typing stutter. Bundled into source.generated.ts.
import type { RuleSettings } from '../../analysis/config'
import type { AnalysisInput } from '../../analysis/types'

import { analyze } from '../../analysis/analyze'

type Job = { id: number; input: AnalysisInput; rules: RuleSettings }

const scope = globalThis as unknown as {
  onmessage: ((event: MessageEvent<Job>) => void) | null
  postMessage: (message: unknown) => void
}

scope.onmessage = ({ data: { id, input, rules } }) => {
  try {
    scope.postMessage({ analysis: analyze(input, { rules }), id })
  } catch (error) {
    scope.postMessage({ error: String((error as Error)?.message ?? error), id })
  }
}
