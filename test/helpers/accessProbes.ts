import type { CollectionSlug, GlobalSlug, Payload, SanitizedConfig } from 'payload'

import { configToSchema } from '@payloadcms/graphql'
import {
  GraphQLEnumType,
  GraphQLInputObjectType,
  type GraphQLInputType,
  GraphQLList,
  GraphQLNonNull,
} from 'graphql'
import { REST_DELETE, REST_GET, REST_PATCH, REST_POST } from '@payloadcms/next/routes'

import { guardedGraphqlPost } from '../../lib/api/graphqlRoute'

export const actors = ['anonym', 'webbredaktor', 'kommunikator', 'administrator'] as const
export type Actor = (typeof actors)[number]

export const operations = [
  'readPublished',
  'readDraft',
  'create',
  'update',
  'publish',
  'delete',
  'readVersions',
] as const
export type Operation = (typeof operations)[number]

export const surfaces = ['rest', 'graphql', 'local'] as const
export type Surface = (typeof surfaces)[number]

/**
 * The same data in GraphQL's spelling: select options that are not valid GraphQL names are enum
 * values with another name (the weekday "1" is `_1`, "kommun-politik" is `kommun_politik`).
 * Read from the schema Payload serves, so no naming rule is copied here.
 */
const asGraphqlInput = (value: unknown, type: GraphQLInputType): unknown => {
  const named = type instanceof GraphQLNonNull ? type.ofType : type
  if (value === null || value === undefined) return value
  if (named instanceof GraphQLList) {
    return Array.isArray(value) ? value.map((item) => asGraphqlInput(item, named.ofType)) : value
  }
  if (named instanceof GraphQLEnumType) {
    return named.getValues().find((v) => v.value === value)?.name ?? value
  }
  if (named instanceof GraphQLInputObjectType && typeof value === 'object') {
    const fields = named.getFields()
    return Object.fromEntries(
      Object.entries(value).map(([key, inner]) => [
        key,
        fields[key] ? asGraphqlInput(inner, fields[key].type) : inner,
      ]),
    )
  }
  return value
}

/** What one attempt did: allowed, refused by access control, or something else (a failure). */
export type Outcome = 'allow' | 'deny' | `fel: ${string}`

export type Identity = { token?: string; user?: Record<string, unknown> }

export type Target =
  | { collection: CollectionSlug; graphql: { plural: string; singular: string } | null }
  | { global: GlobalSlug; graphql: { singular: string } | null }

export type Attempt = {
  /** The document the operation is tried on (read, update, publish, delete). */
  id?: number | string
  /** How REST addresses the document when not by id (preferences are read and deleted by key). */
  restKey?: string
  /** Data to create with, or to update with. */
  data?: Record<string, unknown>
  /** A file for upload collections. */
  file?: { data: Buffer; mimetype: string; name: string }
}

const refused = new Set([401, 403, 404])

/** Payload answers 501 "Cannot GET …" for a route that does not exist (endpoints: false). */
const noRoute = (status: number, body: unknown) =>
  status === 501 && /^Cannot /.test((body as { message?: string })?.message ?? '')

const restOutcome = (status: number, body: unknown, ok: (body: any) => boolean): Outcome => {
  if (status >= 200 && status < 300 && ok(body)) return 'allow'
  if (refused.has(status) || noRoute(status, body)) return 'deny'
  // Payload's preference lookup answers someone else's key with 200 and no value.
  if (status === 200 && (body as { value?: unknown })?.value === null) return 'deny'
  return `fel: REST ${status} ${JSON.stringify(body).slice(0, 200)}`
}

const graphqlOutcome = (body: any, field: string, surfaceNote = ''): Outcome => {
  const error = body?.errors?.[0]
  if (error) {
    const status = error.extensions?.statusCode
    if (refused.has(status)) return 'deny'
    // Payload's GraphQL has no file upload: a missing file means access control already let it in.
    if (surfaceNote === 'upload' && error.extensions?.name === 'MissingFile') return 'allow'
    return `fel: GraphQL ${status ?? ''} ${error.message}`
  }
  return body?.data?.[field] ? 'allow' : 'deny'
}

const localOutcome = async (run: () => Promise<unknown>): Promise<Outcome> => {
  try {
    const result = await run()
    return result ? 'allow' : 'deny'
  } catch (error) {
    const status = (error as { status?: number }).status
    if (status && refused.has(status)) return 'deny'
    return `fel: Local ${status ?? ''} ${(error as Error).message}`
  }
}

/**
 * Tries one operation as one actor on one surface: the REST and GraphQL route handlers the app
 * serves (real Request objects), or the Local API with overrideAccess false.
 */
export const createProber = (config: SanitizedConfig, payload: Payload) => {
  const configPromise = Promise.resolve(config)
  const { schema } = configToSchema(config)
  const inputType = (name: string) => schema.getType(name) as GraphQLInputType
  const rest = async (
    method: 'DELETE' | 'GET' | 'PATCH' | 'POST',
    path: string,
    who: Identity,
    body?: BodyInit,
    json = true,
  ) => {
    const url = new URL(`http://localhost:3000/api${path}`)
    const headers: Record<string, string> = {}
    if (who.token) headers.Authorization = `JWT ${who.token}`
    if (body !== undefined && json) headers['Content-Type'] = 'application/json'
    const handler = { DELETE: REST_DELETE, GET: REST_GET, PATCH: REST_PATCH, POST: REST_POST }[
      method
    ](configPromise)
    const slug = url.pathname
      .replace(/^\/api\//, '')
      .split('/')
      .filter(Boolean)
    const response = await handler(new Request(url, { body, headers, method }), {
      params: Promise.resolve({ slug }),
    })
    const text = await response.text()
    let parsed: unknown = text
    try {
      parsed = JSON.parse(text)
    } catch {
      // keep the text for the message
    }
    return { body: parsed, status: response.status }
  }
  const graphql = async (query: string, who: Identity, variables?: Record<string, unknown>) => {
    const headers: Record<string, string> = { 'Content-Type': 'application/json' }
    if (who.token) headers.Authorization = `JWT ${who.token}`
    const response = await guardedGraphqlPost(configPromise)(
      new Request('http://localhost:3000/api/graphql', {
        body: JSON.stringify({ query, variables }),
        headers,
        method: 'POST',
      }),
    )
    return response.json()
  }
  const id = (value: unknown) => JSON.stringify(value)

  const collectionProbe = async (
    target: Extract<Target, { collection: CollectionSlug }>,
    operation: Operation,
    surface: Surface,
    who: Identity,
    attempt: Attempt,
  ): Promise<Outcome> => {
    const { collection } = target
    const user = (who.user ?? null) as never
    const upload = attempt.file ? 'upload' : ''
    const names = target.graphql
    if (surface === 'graphql' && !names) return 'deny'
    const draftish = operation === 'readDraft' || operation === 'update'
    const data =
      operation === 'publish'
        ? { ...attempt.data, _status: 'published' }
        : operation === 'update' && attempt.data && '_status' in attempt.data
          ? { ...attempt.data, _status: 'draft' }
          : attempt.data
    switch (surface) {
      case 'rest': {
        const draft = draftish ? '?draft=true' : ''
        switch (operation) {
          case 'readPublished':
          case 'readDraft': {
            const res = await rest(
              'GET',
              `/${collection}/${attempt.restKey ?? attempt.id}${draft}`,
              who,
            )
            return restOutcome(res.status, res.body, (b) =>
              attempt.restKey ? b?.value != null : b?.id === attempt.id,
            )
          }
          case 'create': {
            if (attempt.file) {
              const form = new FormData()
              form.append(
                'file',
                new Blob([new Uint8Array(attempt.file.data)], { type: attempt.file.mimetype }),
                attempt.file.name,
              )
              form.append('_payload', JSON.stringify(data))
              const res = await rest('POST', `/${collection}`, who, form, false)
              return restOutcome(res.status, res.body, (b) => Boolean(b?.doc?.id))
            }
            const res = await rest('POST', `/${collection}`, who, JSON.stringify(data))
            return restOutcome(res.status, res.body, (b) => Boolean(b?.doc?.id))
          }
          case 'update':
          case 'publish': {
            const res = await rest(
              'PATCH',
              `/${collection}/${attempt.id}${draft}`,
              who,
              JSON.stringify(data),
            )
            return restOutcome(res.status, res.body, (b) => b?.doc?.id === attempt.id)
          }
          case 'delete': {
            const res = await rest('DELETE', `/${collection}/${attempt.restKey ?? attempt.id}`, who)
            return restOutcome(res.status, res.body, (b) =>
              attempt.restKey ? res.status === 200 : b?.doc?.id === attempt.id,
            )
          }
          case 'readVersions': {
            const res = await rest(
              'GET',
              `/${collection}/versions?where[parent][equals]=${attempt.id}`,
              who,
            )
            return restOutcome(res.status, res.body, (b) => b?.totalDocs > 0)
          }
        }
        break
      }
      case 'graphql': {
        const { plural, singular } = names!
        switch (operation) {
          case 'readPublished':
          case 'readDraft': {
            const body = await graphql(
              `{ ${singular}(id: ${id(attempt.id)}${draftish ? ', draft: true' : ''}) { id } }`,
              who,
            )
            return graphqlOutcome(body, singular)
          }
          case 'create': {
            const body = await graphql(
              `mutation ($data: mutation${singular}Input!) { create${singular}(data: $data) { id } }`,
              who,
              { data: asGraphqlInput(data, inputType(`mutation${singular}Input`)) },
            )
            return graphqlOutcome(body, `create${singular}`, upload)
          }
          case 'update':
          case 'publish': {
            const body = await graphql(
              `mutation ($data: mutation${singular}UpdateInput!) { update${singular}(id: ${id(attempt.id)}, data: $data${draftish ? ', draft: true' : ''}) { id } }`,
              who,
              { data: asGraphqlInput(data, inputType(`mutation${singular}UpdateInput`)) },
            )
            return graphqlOutcome(body, `update${singular}`)
          }
          case 'delete': {
            const body = await graphql(
              `mutation { delete${singular}(id: ${id(attempt.id)}) { id } }`,
              who,
            )
            return graphqlOutcome(body, `delete${singular}`)
          }
          case 'readVersions': {
            const body = await graphql(
              `{ versions${plural}(where: { parent: { equals: ${id(attempt.id)} } }) { totalDocs } }`,
              who,
            )
            const error = graphqlOutcome(body, `versions${plural}`)
            return error === 'allow' && body.data[`versions${plural}`].totalDocs === 0
              ? 'deny'
              : error
          }
        }
        break
      }
      case 'local': {
        const common = { collection, overrideAccess: false, user } as const
        switch (operation) {
          case 'readPublished':
          case 'readDraft':
            return localOutcome(() =>
              payload.findByID({ ...common, draft: draftish, id: attempt.id!, depth: 0 }),
            )
          case 'create':
            return localOutcome(() =>
              payload.create({
                ...common,
                data: data as never,
                depth: 0,
                ...(attempt.file
                  ? { file: { ...attempt.file, size: attempt.file.data.length } }
                  : {}),
              }),
            )
          case 'update':
          case 'publish':
            return localOutcome(() =>
              payload.update({
                ...common,
                data: data as never,
                depth: 0,
                draft: draftish,
                id: attempt.id!,
              }),
            )
          case 'delete':
            return localOutcome(() => payload.delete({ ...common, depth: 0, id: attempt.id! }))
          case 'readVersions':
            return localOutcome(async () => {
              const res = await payload.findVersions({
                ...common,
                depth: 0,
                where: { parent: { equals: attempt.id } },
              })
              return res.totalDocs > 0
            })
        }
      }
    }
    return `fel: ${operation} saknar prov`
  }

  const globalProbe = async (
    target: Extract<Target, { global: GlobalSlug }>,
    operation: Operation,
    surface: Surface,
    who: Identity,
    attempt: Attempt,
  ): Promise<Outcome> => {
    const { global } = target
    const user = (who.user ?? null) as never
    if (surface === 'graphql' && !target.graphql) return 'deny'
    const singular = target.graphql?.singular
    if (operation === 'readPublished') {
      if (surface === 'rest') {
        const res = await rest('GET', `/globals/${global}`, who)
        return restOutcome(res.status, res.body, (b) => Boolean(b?.updatedAt || b?.id))
      }
      if (surface === 'graphql') {
        return graphqlOutcome(await graphql(`{ ${singular} { updatedAt } }`, who), singular!)
      }
      return localOutcome(() =>
        payload.findGlobal({ overrideAccess: false, slug: global, user, depth: 0 }),
      )
    }
    if (operation === 'update') {
      if (surface === 'rest') {
        const res = await rest('POST', `/globals/${global}`, who, JSON.stringify(attempt.data))
        return restOutcome(res.status, res.body, (b) => Boolean(b?.result))
      }
      if (surface === 'graphql') {
        return graphqlOutcome(
          await graphql(
            `mutation ($data: mutation${singular}Input!) { update${singular}(data: $data) { updatedAt } }`,
            who,
            { data: asGraphqlInput(attempt.data, inputType(`mutation${singular}Input`)) },
          ),
          `update${singular}`,
        )
      }
      return localOutcome(() =>
        payload.updateGlobal({
          data: attempt.data as never,
          depth: 0,
          overrideAccess: false,
          slug: global,
          user,
        }),
      )
    }
    return `fel: ${operation} saknar prov för globala inställningar`
  }

  const tryOperation = (
    target: Target,
    operation: Operation,
    surface: Surface,
    who: Identity,
    attempt: Attempt,
  ): Promise<Outcome> =>
    'collection' in target
      ? collectionProbe(target, operation, surface, who, attempt)
      : globalProbe(target, operation, surface, who, attempt)
  /** Any REST route, for the endpoints outside the standard ones. */
  tryOperation.raw = rest
  return tryOperation
}
