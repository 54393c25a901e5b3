import type { Endpoint, PayloadHandler, SanitizedConfig } from 'payload'

import { NotFound } from 'payload'

const nobody = () => false

/**
 * Payload's preference routes delete by key. With the SQL adapters, a key the signed-in user
 * does not have makes the adapter's delete query fail (a join it leaves out), and the answer is
 * a 500. Looked up first, it is the 404 Payload means to give.
 */
const deleteOwnPreferenceOnly =
  (handler: PayloadHandler): PayloadHandler =>
  async (req) => {
    const key = req.routeParams?.key
    if (req.user && typeof key === 'string') {
      const { totalDocs } = await req.payload.count({
        collection: 'payload-preferences',
        req,
        where: {
          and: [
            { key: { equals: key } },
            { 'user.value': { equals: req.user.id } },
            { 'user.relationTo': { equals: req.user.collection } },
          ],
        },
      })
      if (totalDocs === 0) throw new NotFound(req.t)
    }
    return handler(req)
  }

/**
 * Payload adds system parts whose default access is "any signed-in user": the scheduler's
 * bookkeeping (global `payload-jobs-stats`, which decides when a scheduled job runs next) and the
 * record of run migrations. Editors have no reason to read or change either; Payload itself
 * reaches them through the Local API, which overrides access.
 */
export const hardenSystemParts = (config: SanitizedConfig): SanitizedConfig => {
  for (const global of config.globals) {
    if (global.slug === 'payload-jobs-stats') {
      global.access = { ...global.access, read: nobody, readVersions: nobody, update: nobody }
    }
  }
  for (const collection of config.collections) {
    if (collection.slug === 'payload-migrations') {
      collection.access = {
        ...collection.access,
        create: nobody,
        delete: nobody,
        read: nobody,
        readVersions: nobody,
        unlock: nobody,
        update: nobody,
      }
    }
    if (collection.slug === 'payload-preferences' && Array.isArray(collection.endpoints)) {
      collection.endpoints = collection.endpoints.map((endpoint: Endpoint): Endpoint =>
        endpoint.method === 'delete' && endpoint.path === '/:key'
          ? { ...endpoint, handler: deleteOwnPreferenceOnly(endpoint.handler) }
          : endpoint,
      )
    }
  }
  return config
}
