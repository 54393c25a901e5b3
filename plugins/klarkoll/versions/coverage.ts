import type { CollectionSlug, Payload, Where } from 'payload'

import type { KlarkollSettings } from '../types'

import { hasDrafts, titleFieldOf } from '../check/collectionParts'
import { versionLanguage } from './languages'
import { minorityRightsTopic, sources, topicLabel, versionTopics } from './topics'
import { idOf, versionDataOf } from './track'

type DocRef = { collection: string; id: number | string; title: string }

export type CoverageCell = {
  /** 'lattlast' or a minority-language code. */
  language: string
  required: boolean
  topic: string
  versions: DocRef[]
}

export type CoverageRow = { originals: DocRef[]; topic: string; label: string }

export type CoverageFinding = {
  message: string
  ruleId:
    | 'versions/language-missing'
    | 'versions/lattlast-missing'
    | 'versions/minority-rights-missing'
    | 'versions/topic-missing'
  severity: 'error' | 'warning'
  source: string
  topic: string
  language?: string
}

export type Coverage = {
  cells: CoverageCell[]
  findings: CoverageFinding[]
  /** The columns: lättläst, then the required languages, then other languages in use. */
  languages: string[]
  rows: CoverageRow[]
}

const nameOf = (code: string) => versionLanguage(code)?.name ?? code

/**
 * What the municipality must have and what it has: per topic, its published Swedish originals
 * and their published versions by language. Required are lättläst for the R12 topics and, for
 * the minority-rights topic, a page in Swedish (lag 2009:724, 3 §) and in every language of the
 * municipality's förvaltningsområden. What is missing is a finding with its source.
 */
export const versionCoverage = async (
  payload: Payload,
  settings: KlarkollSettings,
): Promise<Coverage | null> => {
  const versions = settings.versions
  if (!versions) return null
  const originalsByTopic = new Map<string, DocRef[]>()
  const versionsOf = new Map<string, Array<DocRef & { language: string }>>()
  for (const slug of versions.collections) {
    const config = payload.collections[slug as CollectionSlug]?.config
    if (!config) continue
    const titleField = titleFieldOf(config)
    // Only originals with a topic and versions: not every page of a large site.
    const relevant: Where = {
      or: [
        { 'languageVersion.topic': { exists: true } },
        { 'languageVersion.original': { exists: true } },
      ],
    }
    const where: Where = hasDrafts(config)
      ? { and: [{ _status: { equals: 'published' } }, relevant] }
      : relevant
    const { docs } = await payload.find({
      collection: slug as CollectionSlug,
      depth: 0,
      overrideAccess: true,
      pagination: false,
      select: { languageVersion: true, ...(titleField ? { [titleField]: true } : {}) } as never,
      where,
    })
    for (const doc of docs as unknown as Array<Record<string, unknown>>) {
      const data = versionDataOf(doc)
      const title = titleField && typeof doc[titleField] === 'string' ? doc[titleField] : ''
      const ref: DocRef = {
        collection: slug,
        id: doc.id as number | string,
        title: title || String(doc.id),
      }
      const original = idOf(data.original)
      if (versionLanguage(data.language) && original !== null) {
        const key = `${slug}:${original}`
        versionsOf.set(key, [...(versionsOf.get(key) ?? []), { ...ref, language: data.language! }])
      } else if (data.topic) {
        originalsByTopic.set(data.topic, [...(originalsByTopic.get(data.topic) ?? []), ref])
      }
    }
  }
  const inUse = new Set([...versionsOf.values()].flat().map((v) => v.language))
  const languages = [
    'lattlast',
    ...versions.requiredLanguages,
    ...[...inUse].filter((l) => l !== 'lattlast' && !versions.requiredLanguages.includes(l)),
  ]
  const rows: CoverageRow[] = []
  const cells: CoverageCell[] = []
  const findings: CoverageFinding[] = []
  for (const topic of versionTopics) {
    const originals = originalsByTopic.get(topic.value) ?? []
    rows.push({ label: topic.label.sv, originals, topic: topic.value })
    const requiredLanguages = [
      ...(versions.lattlastTopics.includes(topic.value) ? ['lattlast'] : []),
      ...(topic.value === minorityRightsTopic ? versions.requiredLanguages : []),
    ]
    for (const language of languages) {
      const found = originals.flatMap((o) =>
        (versionsOf.get(`${o.collection}:${o.id}`) ?? []).filter((v) => v.language === language),
      )
      cells.push({
        language,
        required: requiredLanguages.includes(language),
        topic: topic.value,
        versions: found.map(({ language: _, ...ref }) => ref),
      })
    }
    const required = requiredLanguages.length > 0 || topic.value === minorityRightsTopic
    if (!required) continue
    if (originals.length === 0) {
      findings.push(
        topic.value === minorityRightsTopic
          ? {
              message:
                'Det finns ingen publicerad sida om de nationella minoriteternas rättigheter. Alla kommuner ska informera minoriteterna om deras rättigheter. Skapa sidan och välj ämnet ”Nationella minoriteters rättigheter”.',
              ruleId: 'versions/minority-rights-missing',
              severity: 'error',
              source: sources.minorityRights,
              topic: topic.value,
            }
          : {
              message: `Det finns ingen publicerad sida med ämnet ”${topicLabel(topic.value)}”. Den ska finnas på lättläst, och då behövs först originalet. Välj ämnet under Språkversion på sidan.`,
              ruleId: 'versions/topic-missing',
              severity: 'warning',
              source: sources.lattlast,
              topic: topic.value,
            },
      )
      continue
    }
    for (const language of requiredLanguages) {
      const cell = cells.find((c) => c.topic === topic.value && c.language === language)!
      if (cell.versions.length > 0) continue
      const title = originals.map((o) => `”${o.title}”`).join(', ')
      findings.push(
        language === 'lattlast'
          ? {
              language,
              message: `${title} (${topicLabel(topic.value)}) saknar en lättläst version. Skapa en sida med språket Lättläst svenska och koppla den till originalet.`,
              ruleId: 'versions/lattlast-missing',
              severity: 'warning',
              source: sources.lattlast,
              topic: topic.value,
            }
          : {
              language,
              message: `${title} saknar en version på ${nameOf(language)}. Kommunen ingår i förvaltningsområdet för ${nameOf(language)} och ska informera på språket.`,
              ruleId: 'versions/language-missing',
              severity: 'error',
              source: sources.administrativeArea,
              topic: topic.value,
            },
      )
    }
  }
  return { cells, findings, languages, rows }
}
