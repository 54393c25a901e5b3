import type { Payload, PayloadRequest } from 'payload'

import type { ReviewRecord } from './state'

import { slugsOf } from '../slugs'

export type StoredReview = ReviewRecord & {
  id: number | string
  log?: Array<{ at: string; by?: unknown; byEmail?: string; note?: string }>
}

/** The review record of one document, if it has ever been reviewed or scanned. */
export const findReview = async (
  payload: Payload,
  collection: string,
  id: number | string,
  req?: PayloadRequest,
): Promise<null | StoredReview> => {
  const { docs } = await payload.find({
    collection: slugsOf(payload).reviews as never,
    depth: 0,
    limit: 1,
    overrideAccess: true,
    pagination: false,
    where: {
      and: [{ collectionSlug: { equals: collection } }, { documentId: { equals: String(id) } }],
    },
    ...(req ? { req } : {}),
  })
  return (docs[0] as StoredReview | undefined) ?? null
}

/** The review dates of every document of one collection, by document id (no logs). */
export const reviewsOf = async (
  payload: Payload,
  collection: string,
): Promise<Map<string, StoredReview>> => {
  const { docs } = await payload.find({
    collection: slugsOf(payload).reviews as never,
    depth: 0,
    overrideAccess: true,
    pagination: false,
    // The dates only: the review logs grow with every review and are not needed here.
    select: {
      documentId: true,
      lastReviewedAt: true,
      nextReviewAt: true,
      settledNextReviewAt: true,
    } as never,
    where: { collectionSlug: { equals: collection } },
  })
  return new Map(
    (docs as unknown as Array<StoredReview & { documentId: string }>).map((d) => [d.documentId, d]),
  )
}

/** Creates or updates a document's review record. */
export const saveReview = async (
  payload: Payload,
  collection: string,
  id: number | string,
  existing: null | StoredReview,
  data: Record<string, unknown>,
  req?: PayloadRequest,
): Promise<StoredReview> => {
  const common = { depth: 0, overrideAccess: true, ...(req ? { req } : {}) }
  if (existing) {
    return (await payload.update({
      ...common,
      collection: slugsOf(payload).reviews as never,
      data: data as never,
      id: existing.id,
    })) as unknown as StoredReview
  }
  return (await payload.create({
    ...common,
    collection: slugsOf(payload).reviews as never,
    data: { collectionSlug: collection, documentId: String(id), ...data } as never,
  })) as unknown as StoredReview
}
