import type { CollectionSlug, Payload, Where } from 'payload'

import type { KlarkollSettings } from '../types'
import type { IssueStatus } from './compliance'

import { hasDrafts, titleFieldOf } from '../check/collectionParts'
import { swedishDay } from '../staleness/dates'
import { complianceStatus, complianceTexts, type ComplianceStatus } from './compliance'
import { diggComplaintUrl } from './global'
import {
  assessmentMethodOptions,
  exemptionGroundOptions,
  issueStatusOptions,
  svLabel,
} from './options'
import { isoDay, nextReviewDue, reviewOverdue } from './review'
import { situationLabel } from './situations'
import { wcag21, type WcagCriterion, wcagCriterion, wcagLabel } from './wcag'
import { slugsOf } from '../slugs'

type Relation = { relationTo: string; value: unknown }

type IssueDoc = {
  affects?: Relation[] | null
  alternative?: null | string
  description: string
  fixBy?: null | string
  id: number | string
  locations?: null | string
  reason?: null | string
  situations?: null | string[]
  source: string
  status: IssueStatus
  summary: string
  updatedAt: string
  wcag?: null | string
}

type StatementDoc = {
  assessment?: { assessedAt?: null | string; description?: null | string; method?: null | string }
  exemptions?: { content: string; ground: '9' | '12'; reason: string }[] | null
  feedback?: {
    email?: null | string
    formUrl?: null | string
    phone?: null | string
    responseTime?: null | string
  }
  organisation?: null | string
  preparedAt?: null | string
  reviewedAt?: null | string
  updatedAt?: null | string
  websites?: { name: string; url: string }[] | null
}

export type AffectedItem = {
  collection: string
  id: number | string
  title: string
  url: null | string
}

export type KnownIssue = {
  affects: AffectedItem[]
  alternative: null | string
  description: string
  fixBy: null | string
  id: number | string
  locations: string[]
  /** A planned fix whose date has passed. */
  overdue: boolean
  reason: null | string
  situations: { label: string; value: string }[]
  source: string
  status: IssueStatus
  statusLabel: string
  summary: string
  wcag: (WcagCriterion & { label: string }) | null
}

type Exemption = { content: string; ground: '9' | '12'; groundLabel: string; reason: string }

/**
 * The known problems in the three groups of Digg's model statement (and the EU model,
 * 2018/1523): content that does not meet the requirements, a disproportionate burden (12 §),
 * and content the law does not cover (9 §). Exemptions entered on the statement itself join their
 * ground's group.
 */
export type IssueGroup = {
  exemptions: Exemption[]
  heading: string
  issues: KnownIssue[]
  key: 'bristande-forenlighet' | 'oskaligt-betungande' | 'omfattas-inte'
}

export type AccessibilityStatement = {
  assessment: {
    assessedAt: null | string
    description: null | string
    method: null | string
    methodLabel: null | string
  }
  complianceStatus: ComplianceStatus
  complianceText: { en: string; sv: string }
  enforcement: { authority: string; text: string; url: string }
  exemptions: Exemption[]
  feedback: {
    email: null | string
    formUrl: null | string
    phone: null | string
    responseTime: null | string
  }
  issueGroups: IssueGroup[]
  knownIssues: KnownIssue[]
  /** The day the statement or one of its published problems last changed. */
  lastUpdatedAt: null | string
  law: { name: string; standard: string }
  nextReviewDue: null | string
  organisation: string
  preparedAt: null | string
  reviewedAt: null | string
  reviewOverdue: boolean
  updatedAt: null | string
  websites: { name: string; url: string }[]
}

/** The id of a polymorphic relationship, whether or not it was populated. */
const relationId = (relation: Relation): number | string | undefined =>
  typeof relation.value === 'object' && relation.value !== null
    ? (relation.value as { id: number | string }).id
    : (relation.value as number | string | undefined)

const absolute = (url: null | string | undefined, siteUrl?: string): null | string => {
  if (!url) return null
  if (!siteUrl || /^https?:\/\//u.test(url)) return url
  return new URL(url, siteUrl).toString()
}

/**
 * The affected pages and documents a visitor can open: published ones only, named by their title
 * and linked where the site shows them. Drafts and removed documents are left out.
 */
const resolveAffected = async (
  payload: Payload,
  settings: KlarkollSettings,
  issues: IssueDoc[],
): Promise<Map<string, AffectedItem>> => {
  const wanted = new Map<string, Set<number | string>>()
  for (const issue of issues) {
    for (const relation of issue.affects ?? []) {
      const id = relationId(relation)
      if (id === undefined || id === null) continue
      const ids = wanted.get(relation.relationTo) ?? new Set()
      ids.add(id)
      wanted.set(relation.relationTo, ids)
    }
  }
  const found = new Map<string, AffectedItem>()
  for (const [slug, ids] of wanted) {
    const collection = payload.collections[slug as CollectionSlug]?.config
    if (!collection) continue
    const where: Where = { id: { in: [...ids] } }
    const { docs } = await payload.find({
      collection: slug as CollectionSlug,
      depth: 0,
      limit: ids.size,
      overrideAccess: true,
      pagination: false,
      where: hasDrafts(collection) ? { and: [where, { _status: { equals: 'published' } }] } : where,
    })
    const titleField = titleFieldOf(collection)
    for (const doc of docs as unknown as Record<string, unknown>[]) {
      const id = doc.id as number | string
      const title = (titleField && doc[titleField]) || doc.filename || doc.title || String(id)
      const own = settings.publicUrls[slug]?.(doc) ?? (typeof doc.url === 'string' ? doc.url : null)
      found.set(`${slug}:${id}`, {
        collection: slug,
        id,
        title: String(title),
        url: absolute(own, settings.siteUrl),
      })
    }
  }
  return found
}

/**
 * The tillgänglighetsredogörelse as data: the organisation's own parts from the global, the status
 * derived from the approved open issues, and every part DIGG requires. Null until it is written.
 */
export const buildStatement = async (
  payload: Payload,
  settings: KlarkollSettings,
  today = swedishDay(new Date()),
): Promise<AccessibilityStatement | null> => {
  const statement = (await payload.findGlobal({
    slug: slugsOf(payload).statement as never,
    depth: 0,
    overrideAccess: true,
  })) as StatementDoc
  if (!statement?.organisation) return null
  const { docs } = await payload.find({
    collection: slugsOf(payload).issues as CollectionSlug,
    depth: 0,
    overrideAccess: true,
    pagination: false,
    where: { and: [{ review: { equals: 'godkand' } }, { status: { not_equals: 'atgardad' } }] },
  })
  const issues = docs as unknown as IssueDoc[]
  const affected = await resolveAffected(payload, settings, issues)
  const exemptions = statement.exemptions ?? []
  const status = complianceStatus({
    burdenExemptions: exemptions.filter((exemption) => exemption.ground === '12').length,
    issues,
  })
  const order = (issue: KnownIssue) =>
    issue.wcag ? wcag21.findIndex((c) => c.id === issue.wcag!.id) : 99
  const knownIssues = issues.map((issue): KnownIssue => {
    const criterion = wcagCriterion(issue.wcag)
    const fixBy = issue.status === 'planerad' ? isoDay(issue.fixBy) : null
    return {
      affects: (issue.affects ?? []).flatMap((relation) => {
        const item = affected.get(`${relation.relationTo}:${String(relationId(relation))}`)
        return item ? [item] : []
      }),
      alternative: issue.alternative || null,
      description: issue.description,
      fixBy,
      id: issue.id,
      locations: (issue.locations ?? '')
        .split('\n')
        .map((line) => line.trim())
        .filter(Boolean),
      overdue: fixBy !== null && fixBy < today,
      reason: issue.status.startsWith('undantag') ? (issue.reason ?? null) : null,
      situations: (issue.situations ?? []).map((value) => ({
        label: situationLabel(value),
        value,
      })),
      source: issue.source,
      status: issue.status,
      statusLabel: svLabel(issueStatusOptions, issue.status),
      summary: issue.summary,
      wcag: criterion ? { ...criterion, label: wcagLabel(criterion) } : null,
    }
  })
  knownIssues.sort((a, b) => order(a) - order(b) || a.summary.localeCompare(b.summary, 'sv'))
  const exemptionRows = exemptions.map((exemption) => ({
    content: exemption.content,
    ground: exemption.ground,
    groundLabel: svLabel(exemptionGroundOptions, exemption.ground),
    reason: exemption.reason,
  }))
  const group = (
    key: IssueGroup['key'],
    heading: string,
    status: IssueStatus,
    ground: '9' | '12' | null,
  ): IssueGroup => ({
    exemptions: exemptionRows.filter((exemption) => exemption.ground === ground),
    heading,
    issues: knownIssues.filter((issue) => issue.status === status),
    key,
  })
  const changes = [statement.updatedAt, ...issues.map((issue) => issue.updatedAt)]
    .map((value) => isoDay(value))
    .filter((value): value is string => value !== null)
    .sort()
  const method = statement.assessment?.method ?? null
  return {
    assessment: {
      assessedAt: isoDay(statement.assessment?.assessedAt),
      description: statement.assessment?.description || null,
      method,
      methodLabel: method ? svLabel(assessmentMethodOptions, method) : null,
    },
    complianceStatus: status,
    complianceText: complianceTexts[status],
    enforcement: {
      authority: 'Myndigheten för digital förvaltning (Digg)',
      text: 'Myndigheten för digital förvaltning (Digg) ansvarar för tillsynen över lagen om tillgänglighet till digital offentlig service. Om du inte är nöjd med hur vi hanterar dina synpunkter kan du anmäla det till Digg.',
      url: diggComplaintUrl,
    },
    exemptions: exemptionRows,
    feedback: {
      email: statement.feedback?.email ?? null,
      formUrl: statement.feedback?.formUrl || null,
      phone: statement.feedback?.phone || null,
      responseTime: statement.feedback?.responseTime || null,
    },
    issueGroups: [
      group('bristande-forenlighet', 'Bristande förenlighet med lagkraven', 'planerad', null),
      group('oskaligt-betungande', 'Oskäligt betungande anpassning', 'undantag-12', '12'),
      group('omfattas-inte', 'Innehåll som inte omfattas av lagstiftningen', 'undantag-9', '9'),
    ],
    knownIssues,
    lastUpdatedAt: changes.at(-1) ?? null,
    law: {
      name: 'Lag (2018:1937) om tillgänglighet till digital offentlig service',
      standard: 'EN 301 549 V3.2.1, som hänvisar till WCAG 2.1 nivå AA',
    },
    nextReviewDue: nextReviewDue(statement.reviewedAt),
    organisation: statement.organisation,
    preparedAt: isoDay(statement.preparedAt),
    reviewedAt: isoDay(statement.reviewedAt),
    reviewOverdue: reviewOverdue(statement.reviewedAt, today),
    updatedAt: statement.updatedAt ?? null,
    websites: (statement.websites ?? []).map(({ name, url }) => ({ name, url })),
  }
}
