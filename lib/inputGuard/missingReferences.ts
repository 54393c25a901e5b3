import type { CollectionSlug, PayloadRequest, ValidationFieldError } from 'payload'

import type { Reference } from './typeProblems'

const collectionLabel = (req: PayloadRequest, slug: string): string => {
  const plural = req.payload.collections[slug as CollectionSlug]?.config.labels?.plural
  if (typeof plural === 'string') return plural
  if (plural && typeof plural === 'object' && 'sv' in plural) return String(plural.sv)
  return slug
}

/**
 * References to documents that do not exist. Payload skips validation for drafts, so without
 * this a draft pointing at a deleted user or image reaches the database's foreign key and fails
 * with a 500. One query per referenced collection, inside the request's transaction.
 */
export const missingReferences = async (
  references: Reference[],
  req: PayloadRequest,
): Promise<ValidationFieldError[]> => {
  const byCollection = new Map<string, Reference[]>()
  for (const reference of references) {
    byCollection.set(reference.relationTo, [
      ...(byCollection.get(reference.relationTo) ?? []),
      reference,
    ])
  }
  const problems: ValidationFieldError[] = []
  for (const [slug, wanted] of byCollection) {
    if (!req.payload.collections[slug as CollectionSlug]) {
      for (const reference of wanted) {
        problems.push({
          label: reference.label,
          message: `${reference.label}: samlingen "${slug}" finns inte.`,
          path: reference.path,
        })
      }
      continue
    }
    const ids = [...new Set(wanted.map((reference) => reference.id))]
    const found = await req.payload.find({
      collection: slug as CollectionSlug,
      depth: 0,
      limit: ids.length,
      overrideAccess: true,
      pagination: false,
      req,
      select: {},
      where: { id: { in: ids } },
    })
    const existing = new Set(found.docs.map((doc) => String(doc.id)))
    for (const reference of wanted) {
      if (existing.has(String(reference.id))) continue
      problems.push({
        label: reference.label,
        message: `${reference.label}: id ${reference.id} finns inte i ${collectionLabel(req, slug)}.`,
        path: reference.path,
      })
    }
  }
  return problems
}
