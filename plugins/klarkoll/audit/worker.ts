// One audit worker: runs the klarspråk engine and the accessibility checks on batches sent by
// runAudit. (The HTML is rendered in the main thread: Lexical stays out of the workers.)
import { parentPort } from 'node:worker_threads'

import type { RuleSettings } from '../analysis/config'
import type { AnalysisInput, AnalysisResult, Finding } from '../analysis/types'

import { checkHtmlAccessibility } from '../a11y/checkHtml'
import { analyze } from '../analysis/analyze'

export type AuditJob = {
  html: Array<Array<{ html: string; path: string }>>
  id: number
  inputs: AnalysisInput[]
  rules: RuleSettings
}

export type AuditJobResult = {
  a11y: Finding[][]
  a11yMs: number
  id: number
  ms: number
  results: AnalysisResult[]
}

let rules: RuleSettings | undefined
let rulesJson = ''

parentPort!.on('message', async (job: AuditJob) => {
  // One settings object per worker, so the engines resolve the rules once.
  const json = JSON.stringify(job.rules)
  if (json !== rulesJson) {
    rules = job.rules
    rulesJson = json
  }
  const started = performance.now()
  const results = job.inputs.map((input) => analyze(input, { rules }))
  const ms = performance.now() - started
  const a11yStarted = performance.now()
  const a11y: Finding[][] = []
  for (const [index, fields] of job.html.entries()) {
    const findings: Finding[] = []
    const lang = job.inputs[index]?.lang
    for (const { html, path } of fields) {
      findings.push(...(await checkHtmlAccessibility(html, { lang, path, settings: rules })))
    }
    a11y.push(findings)
  }
  const reply: AuditJobResult = {
    a11y,
    a11yMs: performance.now() - a11yStarted,
    id: job.id,
    ms,
    results,
  }
  parentPort!.postMessage(reply)
})
