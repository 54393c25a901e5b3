import type { CollectionSlug, PayloadRequest } from 'payload'

import type { Area, Severity } from '../analysis/types'
import type { Report, ReportStatus } from '../check/report'
import type { KlarkollSettings } from '../types'

import { titleFieldOf } from '../check/collectionParts'
import { statusLabels, stockholmTime, swedishNumber } from './labels'

export type RowStatus = 'unchecked' | ReportStatus

export type DashboardRow = {
  checkedAt: null | string
  collection: string
  counts: Record<Severity, number>
  countsByArea: Record<Area, number>
  id: number | string
  lix: null | number
  owner: null | string
  /** Rule ids with findings that count (not accepted, not hints). */
  rules: string[]
  /** Findings that count, per rule id. */
  ruleCounts: Record<string, number>
  /** What each counted finding is about: its rule and words (or message, without words). */
  problems: Array<{ ruleId: string; what: string }>
  status: RowStatus
  title: string
  updatedAt: null | string
}

export type DashboardFilter = {
  area?: string
  collection?: string
  owner?: string
  rule?: string
  sort?: string
  status?: string
}

const filterKeys = ['area', 'collection', 'owner', 'rule', 'sort', 'status'] as const

/** The dashboard's filter from query parameters (the view's searchParams or the CSV URL). */
export const filterFrom = (get: (key: string) => unknown): DashboardFilter =>
  Object.fromEntries(
    filterKeys.flatMap((key) => {
      const value = get(key)
      return typeof value === 'string' && value ? [[key, value]] : []
    }),
  )

const emptyCounts = () => ({ error: 0, info: 0, warning: 0 })
const emptyAreas = () => ({ a11y: 0, klarsprak: 0, policy: 0, staleness: 0 })

const ownerOf = (doc: Record<string, unknown>): null | string => {
  const owner = doc.contentOwner as { email?: string; name?: string } | null | string | undefined
  if (!owner) return null
  if (typeof owner === 'string') return owner
  return owner.name || owner.email || null
}

/**
 * Every checked document with its latest report, as the user may read it (their own access
 * applies). The report is the one stored by the last publish (or save without drafts).
 */
export const dashboardRows = async (
  req: PayloadRequest,
  settings: KlarkollSettings,
  { overrideAccess = false }: { overrideAccess?: boolean } = {},
): Promise<DashboardRow[]> => {
  const rows: DashboardRow[] = []
  for (const slug of Object.keys(settings.collections)) {
    const collection = req.payload.collections[slug as CollectionSlug]?.config
    if (!collection) continue
    const titleField = titleFieldOf(collection) ?? 'id'
    const hasOwner = collection.fields.some((f) => 'name' in f && f.name === 'contentOwner')
    const result = await req.payload.find({
      collection: slug as CollectionSlug,
      depth: hasOwner ? 1 : 0,
      limit: 0,
      overrideAccess,
      pagination: false,
      req,
      // Only what the table shows: not the documents' texts.
      select: {
        ...(titleField !== 'id' ? { [titleField]: true } : {}),
        ...(hasOwner ? { contentOwner: true } : {}),
        klarkoll: true,
        updatedAt: true,
      } as never,
    })
    for (const raw of result.docs) {
      const doc = raw as unknown as Record<string, unknown>
      const stored = (doc.klarkoll ?? {}) as {
        lix?: null | number
        report?: null | Report
        status?: null | ReportStatus
      }
      const report = stored.report
      const counted = (report?.findings ?? []).filter((f) => !f.accepted && f.severity !== 'info')
      const ruleCounts: Record<string, number> = {}
      for (const f of counted) ruleCounts[f.ruleId] = (ruleCounts[f.ruleId] ?? 0) + 1
      rows.push({
        checkedAt: report?.checkedAt ?? null,
        collection: slug,
        counts: report?.counts ?? emptyCounts(),
        countsByArea: report?.countsByArea ?? emptyAreas(),
        id: doc.id as number | string,
        lix: typeof stored.lix === 'number' ? stored.lix : null,
        owner: ownerOf(doc),
        problems: counted.map((f) => ({
          ruleId: f.ruleId,
          what: (f.excerpt ?? f.message).slice(0, 80).toLocaleLowerCase('sv'),
        })),
        ruleCounts,
        rules: Object.keys(ruleCounts),
        status: stored.status ?? 'unchecked',
        title: String(doc[titleField] ?? doc.id),
        updatedAt: typeof doc.updatedAt === 'string' ? doc.updatedAt : null,
      })
    }
  }
  return rows
}

const statusOrder: Record<RowStatus, number> = {
  blocked: 0,
  overridden: 1,
  unchecked: 4,
  warnings: 2,
  ok: 3,
}

/** The rows a filter keeps, in the order asked for ("lix", "-lix", "title", "checkedAt", "status"). */
export const filterRows = (rows: DashboardRow[], filter: DashboardFilter): DashboardRow[] => {
  const kept = rows.filter(
    (row) =>
      (!filter.collection || row.collection === filter.collection) &&
      (!filter.status || row.status === filter.status) &&
      (!filter.area || row.countsByArea[filter.area as Area] > 0) &&
      (!filter.rule || row.rules.includes(filter.rule)) &&
      (!filter.owner || row.owner === filter.owner),
  )
  const sort = filter.sort || 'status'
  const descending = sort.startsWith('-')
  const key = sort.replace(/^-/, '')
  const value = (row: DashboardRow): number | string =>
    key === 'lix'
      ? (row.lix ?? -1)
      : key === 'title'
        ? row.title.toLocaleLowerCase('sv')
        : key === 'checkedAt'
          ? (row.checkedAt ?? '')
          : key === 'errors'
            ? row.counts.error
            : key === 'warnings'
              ? row.counts.warning
              : statusOrder[row.status]
  return kept.sort((a, b) => {
    const [x, y] = [value(a), value(b)]
    const order =
      typeof x === 'number' && typeof y === 'number'
        ? x - y
        : String(x).localeCompare(String(y), 'sv')
    return descending ? -order : order
  })
}

/** Swedish Excel opens semicolon-separated UTF-8 with a BOM correctly. */
export const rowsToCsv = (rows: DashboardRow[]): string => {
  const cell = (value: unknown) => {
    const text = value === null || value === undefined ? '' : String(value)
    // Quote always; double inner quotes; a leading = + - @ (or a TAB or CR before one, which
    // spreadsheets skip) would be a formula: OWASP's CSV-injection advice.
    return `"${(/^[=+\-@\t\r]/.test(text) ? `'${text}` : text).replace(/"/g, '""')}"`
  }
  const header = [
    'Samling',
    'Id',
    'Rubrik',
    'Status',
    'LIX',
    'Fel',
    'Varningar',
    'Klarspråk',
    'Servicepolicy',
    'Tillgänglighet',
    'Aktualitet',
    'Regler',
    'Ägare',
    'Senast granskad',
  ]
  const lines = rows.map((r) =>
    [
      r.collection,
      r.id,
      r.title,
      statusLabels[r.status],
      r.lix === null ? '' : swedishNumber(r.lix, 2).replace(/\s/g, ''),
      r.counts.error,
      r.counts.warning,
      r.countsByArea.klarsprak,
      r.countsByArea.policy,
      r.countsByArea.a11y,
      r.countsByArea.staleness,
      r.rules.join(' '),
      r.owner,
      stockholmTime(r.checkedAt),
    ]
      .map(cell)
      .join(';'),
  )
  return `\uFEFF${[header.map(cell).join(';'), ...lines].join('\r\n')}\r\n`
}
