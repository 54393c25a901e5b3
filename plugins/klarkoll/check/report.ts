import type { AnalysisResult, Area, Finding, Metrics, Severity } from '../analysis/types'

import { fieldOfPath } from './documentInput'

/** A warning an editor marked as OK, with why; stored per document and finding. */
export type Acceptance = { at: string; by?: string; key: string; reason: string; ruleId: string }

/** The well-formed acceptances in a stored or sent value; anything else is left out. */
export const acceptancesIn = (value: unknown): Acceptance[] =>
  Array.isArray(value)
    ? value.filter((entry): entry is Acceptance => {
        const a = entry as Partial<Acceptance> | null
        return (
          typeof a === 'object' &&
          a !== null &&
          typeof a.key === 'string' &&
          typeof a.reason === 'string' &&
          typeof a.at === 'string' &&
          typeof a.ruleId === 'string' &&
          (a.by === undefined || typeof a.by === 'string')
        )
      })
    : []

export type ReportFinding = Finding & {
  accepted?: Acceptance
  /** The form field the finding belongs to (where the admin shows it). */
  field: string
  /** Stable across saves while the text stays the same: rule, field and words. */
  key: string
}

export type ReportStatus = 'blocked' | 'ok' | 'overridden' | 'warnings'

export type Report = {
  checkedAt: string
  contentHash?: string
  counts: Record<Severity, number>
  countsByArea: Record<Area, number>
  findings: ReportFinding[]
  metrics: Metrics
  preset: string
  rulesVersion: string
  status: ReportStatus
}

export const findingKey = (finding: Pick<Finding, 'excerpt' | 'path' | 'ruleId'>): string =>
  `${finding.ruleId}|${fieldOfPath(finding.path)}|${finding.excerpt ?? ''}`

/** Findings that stop a publish: errors (an error cannot be accepted, only overridden). */
export const blockingFindings = (report: Pick<Report, 'findings'>): ReportFinding[] =>
  report.findings.filter((f) => f.severity === 'error')

/** Findings kept per rule; the rest are one "och N till" finding. Counts still count them all. */
export const maxFindingsPerRule = 200

/**
 * At most `maxFindingsPerRule` findings of one rule: 1 MB of "t.ex. " gave 166,668 findings
 * (51 MB of JSON) that no editor reads past the first screen.
 */
const capPerRule = (findings: ReportFinding[]): ReportFinding[] => {
  const seen = new Map<string, number>()
  const kept: ReportFinding[] = []
  const firstOf = new Map<string, ReportFinding>()
  for (const finding of findings) {
    const count = (seen.get(finding.ruleId) ?? 0) + 1
    seen.set(finding.ruleId, count)
    if (count === 1) firstOf.set(finding.ruleId, finding)
    if (count <= maxFindingsPerRule) kept.push(finding)
  }
  for (const [ruleId, count] of seen) {
    if (count <= maxFindingsPerRule) continue
    const first = firstOf.get(ruleId)!
    const more = count - maxFindingsPerRule
    kept.push({
      area: first.area,
      field: first.field,
      key: `${ruleId}|och-fler`,
      message: `… och ${more.toLocaleString('sv-SE')} till av samma slag. Rätta de första, så visas resten.`,
      path: first.path,
      ruleId,
      severity: first.severity,
    })
  }
  return kept
}

/**
 * Klarspråk findings and those of the other checks as one report, with the editor's accepted warnings applied.
 * Pure, so the admin panel builds the same report while the editor types.
 */
export const buildReport = ({
  accepted = [],
  analysis,
  checkedAt,
  mainField,
  other = [],
  preset,
  rulesVersion,
}: {
  accepted?: Acceptance[]
  analysis: AnalysisResult
  checkedAt: string
  /** Where findings about the whole document are shown. */
  mainField: string
  /** Findings from the other checks: service policy, accessibility. */
  other?: Finding[]
  preset: string
  rulesVersion: string
}): Report => {
  const acceptedByKey = new Map(accepted.map((a) => [a.key, a]))
  const findings: ReportFinding[] = [...analysis.findings, ...other].map((finding) => {
    const key = findingKey(finding)
    const acceptance = finding.severity === 'warning' ? acceptedByKey.get(key) : undefined
    return {
      ...finding,
      field: finding.path ? fieldOfPath(finding.path) : mainField,
      key,
      ...(acceptance ? { accepted: acceptance } : {}),
    }
  })
  const counts: Record<Severity, number> = { error: 0, info: 0, warning: 0 }
  const countsByArea: Record<Area, number> = { a11y: 0, klarsprak: 0, policy: 0, staleness: 0 }
  for (const f of findings) {
    if (f.accepted) continue
    counts[f.severity]++
    if (f.severity !== 'info') countsByArea[f.area]++
  }
  return {
    checkedAt,
    counts,
    countsByArea,
    findings: capPerRule(findings),
    metrics: analysis.metrics,
    preset,
    rulesVersion,
    status: counts.error > 0 ? 'blocked' : counts.warning > 0 ? 'warnings' : 'ok',
  }
}
