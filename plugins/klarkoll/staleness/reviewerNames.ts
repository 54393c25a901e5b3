import type { CollectionSlug, PayloadRequest } from 'payload'

/** The field that names a user: the users collection's title unless that is the e-mail, else `name`. */
const nameField = (req: PayloadRequest): null | string => {
  const users = req.payload.collections[req.payload.config.admin.user as CollectionSlug]?.config
  if (!users) return null
  const title = users.admin?.useAsTitle
  if (title && title !== 'email' && title !== 'id') return title
  return users.flattenedFields.some((field) => field.name === 'name') ? 'name' : null
}

/**
 * Reviewers' names by user id, for review logs that every signed-in user reads: names, not the
 * staff's e-mail addresses. Read with overrideAccess because editors cannot read other accounts;
 * only the name field leaves this function.
 */
export const reviewerNames = async (
  req: PayloadRequest,
  ids: Array<number | string>,
): Promise<Map<string, string>> => {
  const field = nameField(req)
  const unique = [...new Set(ids.map(String))]
  if (!field || unique.length === 0) return new Map()
  const { docs } = await req.payload.find({
    collection: req.payload.config.admin.user as CollectionSlug,
    depth: 0,
    overrideAccess: true,
    pagination: false,
    req,
    select: { [field]: true },
    where: { id: { in: unique } },
  })
  return new Map(
    docs.flatMap((doc) => {
      const name = (doc as unknown as Record<string, unknown>)[field]
      return typeof name === 'string' && name.trim() ? [[String(doc.id), name]] : []
    }),
  )
}
