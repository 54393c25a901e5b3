/**
 * `npm run bench:audit`: 10,000 generated pages, re-checked by the audit, on SQLite or, with
 * BENCH_POSTGRES_URL (a server; the benchmark makes and drops its own database), on PostgreSQL.
 * Prints documents per second for the whole audit and for its klarspråk part, and the peak
 * memory. Goal: at least 500 documents per second for the klarspråk part.
 */
import { availableParallelism } from 'node:os'

import { runAudit } from '@klarkoll/payload-plugin'
import { generatePages } from './corpus'
import { benchPayload, pageBody } from './payloadForBench'

const count = Number(process.env.BENCH_DOCS ?? 10_000)
const words = Number(process.env.BENCH_WORDS ?? 300)
const { cleanUp, kind, payload } = await benchPayload()

const insertStarted = performance.now()
const pages = generatePages(count, words, 11)
let transactionID = await payload.db.beginTransaction()
for (const [i, paragraphs] of pages.entries()) {
  // Straight through the adapter, 500 to a transaction: the benchmark measures the audit, not
  // 10,000 publishes.
  if (i > 0 && i % 500 === 0 && transactionID) {
    await payload.db.commitTransaction(transactionID)
    transactionID = await payload.db.beginTransaction()
  }
  await payload.db.create({
    collection: 'pages',
    // The adapter takes localized fields keyed by locale.
    data: {
      _status: 'published',
      body: { sv: pageBody(paragraphs) },
      ingress: { sv: paragraphs[1] },
      slug: `sida-${i}`,
      title: { sv: `Sida ${i}` },
    },
    req: transactionID ? { transactionID } : undefined,
  } as never)
}
if (transactionID) await payload.db.commitTransaction(transactionID)
const insertSeconds = (performance.now() - insertStarted) / 1000
console.log(`${count} sidor à ~${words} ord skapade på ${insertSeconds.toFixed(1)} s.`)

let shown = 0
const summary = await runAudit(payload, {
  onProgress: (done, total) => {
    if (done - shown >= total / 10 || done === total) {
      shown = done
      console.log(`  ${done}/${total} granskade`)
    }
  },
})
const seconds = summary.ms / 1000
// The klarspråk part: the engine's time on the workers, spread over the cores it ran on.
const analysisSeconds = summary.analysisMs / 1000 / summary.workers
console.log(
  `\nGranskning av ${summary.documents} dokument (${kind === 'postgres' ? 'PostgreSQL' : 'SQLite'}, ${summary.workers} arbetstrådar, ${availableParallelism()} kärnor)\n`,
)
console.table([
  {
    Del: 'hela granskningen (läsa, granska, policy, spara)',
    Sekunder: seconds.toFixed(1),
    'Dokument/s': Math.round(summary.documents / seconds),
  },
  {
    Del: 'läsa dokumenten',
    Sekunder: (summary.readMs / 1000).toFixed(1),
    'Dokument/s': Math.round(summary.documents / (summary.readMs / 1000)),
  },
  {
    Del: 'policy och spara rapporterna',
    Sekunder: (summary.writeMs / 1000).toFixed(1),
    'Dokument/s': Math.round(summary.documents / (summary.writeMs / 1000)),
  },
  {
    Del: 'klarspråksdelen (motorn i arbetstrådarna)',
    Sekunder: analysisSeconds.toFixed(1),
    'Dokument/s': Math.round(summary.documents / analysisSeconds),
  },
  {
    Del: 'tillgänglighet (jsdom och axe-core i arbetstrådarna)',
    Sekunder: (summary.a11yMs / 1000 / summary.workers).toFixed(1),
    'Dokument/s': Math.round(summary.documents / (summary.a11yMs / 1000 / summary.workers)),
  },
])
console.log(
  `Högsta minnesanvändning (RSS, hela processen): ${Math.round(summary.peakRssBytes / 1024 / 1024)} MB. Mål: minst 500 dokument/s för klarspråksdelen.`,
)
await cleanUp()
process.exit(0)
