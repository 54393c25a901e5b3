import type {
  CollectionAfterChangeHook,
  CollectionBeforeChangeHook,
  CollectionConfig,
  CollectionSlug,
  PayloadRequest,
} from 'payload'

import { ValidationError } from 'payload'

import type { KlarkollSettings } from '../types'

import { hasDrafts, titleFieldOf } from '../check/collectionParts'
import { type RefusedPublish, refusedKey } from '../keepRefusedDraft'
import { recordReview } from '../staleness/recordReview'
import { versionLanguage } from './languages'
import { versionCodeOf } from './profile'
import { versionDataOf } from './track'

export type VersionDecision = 'still-valid' | 'unpublish' | 'update'
export const versionDecisions: readonly VersionDecision[] = ['update', 'still-valid', 'unpublish']

export type PublishedVersion = {
  id: number | string
  language: string
  title: string
}

/** The published versions of an original. */
export const publishedVersionsOf = async (
  req: PayloadRequest,
  collection: CollectionConfig,
  id: number | string,
): Promise<PublishedVersion[]> => {
  const titleField = titleFieldOf(collection)
  const { docs } = await req.payload.find({
    collection: collection.slug as CollectionSlug,
    depth: 0,
    overrideAccess: true,
    pagination: false,
    req,
    select: { languageVersion: true, ...(titleField ? { [titleField]: true } : {}) } as never,
    where: {
      and: [
        { 'languageVersion.original': { equals: id } },
        ...(hasDrafts(collection) ? [{ _status: { equals: 'published' } }] : []),
      ],
    },
  })
  return (docs as unknown as Array<Record<string, unknown>>).map((doc) => ({
    id: doc.id as number | string,
    language: versionDataOf(doc).language ?? '',
    title: String((titleField && doc[titleField]) || doc.id),
  }))
}

/** The editor's decisions as sent, well-formed entries only. */
const decisionsIn = (value: unknown): Map<string, VersionDecision> =>
  new Map(
    value && typeof value === 'object' && !Array.isArray(value)
      ? Object.entries(value).filter((entry): entry is [string, VersionDecision] =>
          versionDecisions.includes(entry[1] as VersionDecision),
        )
      : [],
  )

const decisionsKey = 'klarkollVersionDecisions'

/**
 * Publishing an original whose text changed, where the municipality asks for it
 * (`onOriginalChange: 'decide'`): each published version needs a decision — updated later,
 * still valid, or unpublished — or the publish is refused (the text kept as a draft). The
 * decisions given are carried out after the save (in either mode).
 */
export const requireVersionDecisions =
  (collection: CollectionConfig, settings: KlarkollSettings): CollectionBeforeChangeHook =>
  async ({ data, operation, originalDoc, req }) => {
    if (operation !== 'update' || originalDoc?.id === undefined) return data
    if (hasDrafts(collection) && data._status !== 'published') return data
    if (versionCodeOf({ ...originalDoc, ...data }) !== 'sv') return data
    const decisions = decisionsIn(versionDataOf(data).decisions)
    const changed = versionDataOf(data).textHash !== versionDataOf(originalDoc).textHash
    if (decisions.size === 0 && !(changed && settings.versions?.onOriginalChange === 'decide')) {
      return data
    }
    const versions = await publishedVersionsOf(req, collection, originalDoc.id)
    const undecided = versions.filter((v) => !decisions.has(String(v.id)))
    if (changed && settings.versions?.onOriginalChange === 'decide' && undecided.length > 0) {
      const list = undecided
        .map((v) => `${versionLanguage(v.language)?.versionName ?? v.language} ”${v.title}”`)
        .join(', ')
      const refused: RefusedPublish = {
        collection: collection.slug,
        data: { ...data },
        id: originalDoc.id as number | string,
      }
      req.context[refusedKey] = refused
      throw new ValidationError(
        {
          collection: collection.slug,
          errors: [
            {
              label: 'Språkversioner',
              message:
                `Texten har ändrats och sidan har versioner som bygger på den gamla texten: ${list}. ` +
                'Välj under Språkversion för var och en om den ska uppdateras, fortfarande gäller eller avpubliceras.',
              path: 'languageVersion.decisions',
            },
          ] as never,
          id: originalDoc.id as number | string,
          req,
        },
        req.t,
      )
    }
    req.context[decisionsKey] = versions
      .filter((v) => decisions.has(String(v.id)))
      .map((v) => ({ ...v, decision: decisions.get(String(v.id))! }))
    return data
  }

/**
 * Carries out the decisions: "still valid" records a review of the version (it is in line with
 * the original again), "unpublish" takes it off the public site, "update" leaves it behind its
 * original, where the panel, dashboard and digest keep reminding its owner.
 */
export const applyVersionDecisions =
  (collection: CollectionConfig, settings: KlarkollSettings): CollectionAfterChangeHook =>
  async ({ doc, req }) => {
    const decided = req.context[decisionsKey] as
      Array<PublishedVersion & { decision: VersionDecision }> | undefined
    if (!decided) return doc
    delete req.context[decisionsKey]
    const months = settings.staleness.collections[collection.slug]
    for (const version of decided) {
      if (version.decision === 'unpublish') {
        await req.payload.update({
          collection: collection.slug as CollectionSlug,
          context: { klarkoll: 'skip' },
          data: { _status: 'draft' } as never,
          id: version.id,
          overrideAccess: true,
          req,
        })
      } else if (version.decision === 'still-valid') {
        const stored = (await req.payload.findByID({
          collection: collection.slug as CollectionSlug,
          depth: 0,
          id: version.id,
          overrideAccess: true,
          req,
        })) as unknown as Record<string, unknown>
        if (months !== undefined) {
          await recordReview(req, {
            collection: collection.slug,
            doc: stored,
            id: version.id,
            months,
            note: `Gäller fortfarande efter ändringen av originalet ”${String(
              (titleFieldOf(collection) && doc[titleFieldOf(collection)!]) || doc.id,
            )}”.`,
          })
        } else {
          // Not under review: the version's own date says it is in line.
          await req.payload.db.updateOne({
            collection: collection.slug as CollectionSlug,
            data: {
              languageVersion: { ...versionDataOf(stored), syncedAt: new Date().toISOString() },
            },
            id: version.id,
            req,
            returning: false,
          })
        }
      }
    }
    return doc
  }
