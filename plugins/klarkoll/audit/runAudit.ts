import type { CollectionSlug, Payload, PayloadRequest } from 'payload'

import type { AnalysisInput } from '../analysis/types'
import type { Report } from '../check/report'
import type { DashboardRow } from '../dashboard/rows'
import type { KlarkollSettings } from '../types'

import { createLocalReq } from 'payload'

import { klarsprakRules } from '../analysis/rules'
import {
  checkedFields,
  htmlToCheck,
  ingressFieldOf,
  mainFieldOf,
  titleFieldOf,
} from '../check/collectionParts'
import { documentInput } from '../check/documentInput'
import { acceptancesIn } from '../check/report'
import { runChecks } from '../check/runChecks'
import { storeKlarkoll } from '../check/storeKlarkoll'
import { recordSnapshot, summarise, tally } from '../dashboard/snapshots'
import { swedishDay } from '../staleness/dates'
import { reviewsOf } from '../staleness/records'
import { createAnalysisPool } from './pool'

export type AuditCollectionSummary = {
  avgLix: null | number
  blocked: number
  collection: string
  documents: number
  errors: number
  ok: number
  overridden: number
  warnings: number
  withWarnings: number
}

export type AuditSummary = {
  /** Time the workers spent on the accessibility checks (jsdom, axe-core), summed over workers. */
  a11yMs: number
  /** Time the workers spent in the klarspråk engine, summed over workers. */
  analysisMs: number
  /** Time spent reading documents, and writing reports (policy rules included). */
  readMs: number
  writeMs: number
  collections: AuditCollectionSummary[]
  documents: number
  ms: number
  peakRssBytes: number
  workers: number
}

type CheckedRow = Pick<DashboardRow, 'counts' | 'lix' | 'status'>

/** A collection's line in the summary table, from the reports the audit wrote. */
const collectionSummary = (collection: string, rows: CheckedRow[]): AuditCollectionSummary => {
  const count = (status: CheckedRow['status']) => rows.filter((r) => r.status === status).length
  return {
    ...tally(rows),
    collection,
    ok: count('ok'),
    overridden: count('overridden'),
    withWarnings: count('warnings'),
  }
}

type Doc = Record<string, unknown> & {
  id: number | string
  klarkoll?: Record<string, unknown> & { accepted?: unknown; status?: string }
}

/**
 * Re-checks every document of the checked collections with the current rules and stores the new
 * reports (straight through the database adapter: no hooks, no new versions). The reports come
 * from the gate's pipeline (runChecks): the klarspråk engine and the accessibility checks run in
 * worker threads, one per core; policy, staleness and links run here, as they read the database.
 */
export const runAudit = async (
  payload: Payload,
  {
    a11y = true,
    batchSize = 200,
    onProgress,
    workers,
  }: {
    /** Run the accessibility checks too (the slow part: jsdom and axe-core per document). */
    a11y?: boolean
    batchSize?: number
    onProgress?: (done: number, total: number) => void
    workers?: number
  } = {},
): Promise<AuditSummary> => {
  const settings = payload.config.custom.klarkoll as KlarkollSettings
  const ownKlarsprak = settings.ruleSets.klarsprak.length > klarsprakRules.length
  const started = performance.now()
  let peakRss = process.memoryUsage().rss
  const pool = createAnalysisPool(workers)
  const lang = payload.config.localization ? payload.config.localization.defaultLocale : undefined
  let analysisMs = 0
  let a11yMs = 0
  let readMs = 0
  let writeMs = 0
  let done = 0
  const slugs = Object.keys(settings.collections) as CollectionSlug[]
  const totals = await Promise.all(slugs.map((collection) => payload.count({ collection })))
  const total = totals.reduce((sum, t) => sum + t.totalDocs, 0)
  const summaries: AuditCollectionSummary[] = []
  const checked: CheckedRow[] = []

  try {
    for (const slug of slugs) {
      const collection = payload.collections[slug].config
      const fields = checkedFields(collection, settings.collections[slug]?.fields)
      const titleField = titleFieldOf(collection)
      const ingressField = ingressFieldOf(fields, settings.collections[slug]?.ingressField)
      const mainField = mainFieldOf(collection, fields)
      const rows: CheckedRow[] = []
      // One read of the review records per collection, not one query per document.
      const reviews =
        settings.staleness.collections[slug] !== undefined
          ? await reviewsOf(payload, slug)
          : undefined
      const store = async (doc: Doc, report: Report, req?: { transactionID: number | string }) => {
        // Published despite errors stays so while the errors remain.
        if (report.status === 'blocked' && doc.klarkoll?.status === 'overridden')
          report.status = 'overridden'
        await storeKlarkoll(payload, {
          changes: {
            checkedAt: report.checkedAt,
            lix: report.metrics.lix,
            report,
            status: report.status,
          },
          collection: slug,
          id: doc.id,
          req,
          stored: doc.klarkoll,
        })
        rows.push({ counts: report.counts, lix: report.metrics.lix, status: report.status })
      }

      // Pages are read one after the other; their analysis runs on the workers meanwhile.
      const inFlight: Array<Promise<void>> = []
      let writing: Promise<void> = Promise.resolve()
      // Keyset pagination (id greater than the last one seen): reading page 50 costs what page 1
      // does, where an offset would make the database skip ever more rows.
      let lastId: null | number | string = null
      for (;;) {
        const readStarted = performance.now()
        const result = await payload.find({
          collection: slug,
          depth: 0,
          limit: batchSize,
          pagination: false,
          sort: 'id',
          ...(lastId === null ? {} : { where: { id: { greater_than: lastId } } }),
        })
        readMs += performance.now() - readStarted
        const docs = result.docs as unknown as Doc[]
        if (docs.length === 0) break
        lastId = docs.at(-1)!.id
        const inputs: AnalysisInput[] = docs.map((doc) =>
          documentInput(doc, fields, { ingressField, lang, titleField }),
        )
        const html = a11y
          ? await Promise.all(
              docs.map((doc) =>
                htmlToCheck(collection, fields, doc, { payload } as PayloadRequest),
              ),
            )
          : []
        const analysed = pool.run(inputs, settings.rules, html)
        // Analysis runs in parallel; storing is one batch at a time, each in one transaction,
        // so the database writes (and on SQLite, syncs) once per batch instead of per document.
        const work = (writing = writing.then(async () => {
          const { a11y: a11yFindings, a11yMs: a11yTime, ms, results } = await analysed
          analysisMs += ms
          a11yMs += a11yTime
          const writeStarted = performance.now()
          const transactionID = (await payload.db.beginTransaction?.()) ?? undefined
          try {
            const req = await createLocalReq({}, payload)
            if (transactionID) req.transactionID = transactionID
            for (const [i, doc] of docs.entries()) {
              // The gate's pipeline, with the engine's and axe's results from the workers.
              const report = await runChecks({
                accepted: acceptancesIn(doc.klarkoll?.accepted),
                document: { collection: slug, data: doc, req, reviews },
                html: [],
                input: inputs[i]!,
                mainField,
                precomputed: {
                  a11y: a11y ? (a11yFindings[i] ?? []) : [],
                  // The workers run the plugin's klarspråk rules; a site's own run here.
                  analysis: ownKlarsprak ? undefined : results[i]!,
                },
                settings,
              })
              await store(doc, report, transactionID ? { transactionID } : undefined)
              done++
            }
            if (transactionID) await payload.db.commitTransaction(transactionID)
          } catch (error) {
            if (transactionID) await payload.db.rollbackTransaction(transactionID)
            throw error
          }
          writeMs += performance.now() - writeStarted
          peakRss = Math.max(peakRss, process.memoryUsage().rss)
          onProgress?.(done, total)
        }))
        inFlight.push(work)
        if (inFlight.length >= pool.size * 2) await inFlight.shift()
        if (docs.length < batchSize) break
      }
      await Promise.all(inFlight)
      summaries.push(collectionSummary(slug, rows))
      checked.push(...rows)
    }
  } finally {
    await pool.close()
  }

  // Today's snapshot from the reports just written: no second pass over every document.
  if (checked.length > 0) await recordSnapshot(payload, summarise(checked, swedishDay(new Date())))

  return {
    a11yMs,
    analysisMs,
    collections: summaries,
    documents: done,
    ms: performance.now() - started,
    peakRssBytes: peakRss,
    readMs,
    writeMs,
    workers: pool.size,
  }
}
