/**
 * `npx payload klarkoll:audit` (or `npx klarkoll audit`): re-checks every document with the
 * current rules, on every core, and prints a summary table. Run it after changing the policy or
 * the rules; it also stores today's figures for the dashboard's trend.
 */
import type { SanitizedConfig } from 'payload'

import { runAudit } from '../audit/runAudit'
import { startPayload } from './start'

const bar = (done: number, total: number, startedAt: number) => {
  const width = 30
  const share = total === 0 ? 1 : done / total
  const filled = Math.round(share * width)
  const perSecond = done / Math.max(0.001, (performance.now() - startedAt) / 1000)
  return `[${'█'.repeat(filled)}${'░'.repeat(width - filled)}] ${Math.round(share * 100)} % ${done}/${total} · ${Math.round(perSecond)} dok/s`
}

export const script = async (config: SanitizedConfig): Promise<void> => {
  const payload = await startPayload(config)
  const startedAt = performance.now()
  let lastPrinted = -1
  const summary = await runAudit(payload, {
    onProgress: (done, total) => {
      if (process.stderr.isTTY) {
        process.stderr.write(`\r${bar(done, total, startedAt)}`)
      } else {
        const tenth = Math.floor((done / Math.max(1, total)) * 10)
        if (tenth !== lastPrinted) {
          lastPrinted = tenth
          process.stderr.write(`${bar(done, total, startedAt)}\n`)
        }
      }
    },
  })
  if (process.stderr.isTTY) process.stderr.write('\n')
  console.log('\nKlarkoll – granskning av alla dokument\n')
  console.table(
    summary.collections.map((c) => ({
      Samling: c.collection,
      Dokument: c.documents,
      'Kan publiceras': c.ok,
      Varningar: c.withWarnings,
      Stoppade: c.blocked,
      'Trots fel': c.overridden,
      Fel: c.errors,
      'Varningar (st)': c.warnings,
      'Snitt-LIX': c.avgLix ?? '–',
    })),
  )
  const seconds = summary.ms / 1000
  console.log(
    `${summary.documents} dokument på ${seconds.toFixed(1)} s (${Math.round(summary.documents / Math.max(seconds, 0.001))} dok/s) ` +
      `med ${summary.workers} arbetstrådar; klarspråksmotorn ${Math.round(summary.analysisMs)} ms sammanlagt; ` +
      `högsta minnesanvändning ${Math.round(summary.peakRssBytes / 1024 / 1024)} MB.`,
  )
  await payload.destroy()
  process.exit(0)
}
