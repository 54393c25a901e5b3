import type {
  CollectionBeforeOperationHook,
  CollectionConfig,
  Config,
  Field,
  GlobalBeforeOperationHook,
  GlobalConfig,
  PayloadRequest,
  Plugin,
  ValidationFieldError,
} from 'payload'

import type { TFunction } from '@payloadcms/translations'

import { APIError, ValidationError } from 'payload'

import { missingReferences } from './missingReferences'
import { nestingProblem } from './nestingDepth'
import {
  pagingProblems,
  type QueryContext,
  queryFields,
  queryProblems,
  sortProblems,
} from './queryProblems'
import { isId, type Reference, typeProblems } from './typeProblems'
import { isObject } from './isObject'
import { unstorableText } from './unstorableText'

const statusProblem = (data: Record<string, unknown>, drafts: boolean): ValidationFieldError[] =>
  drafts && data._status !== undefined && data._status !== 'draft' && data._status !== 'published'
    ? [
        {
          label: 'Status',
          message: 'Status: ska vara "draft" (utkast) eller "published" (publicerad).',
          path: '_status',
        },
      ]
    : []

type Context = Parameters<typeof typeProblems>[2]

const hasDrafts = (versions: CollectionConfig['versions'] | GlobalConfig['versions']) =>
  Boolean(versions && typeof versions === 'object' && versions.drafts)

const check = async (
  data: unknown,
  fields: Field[],
  drafts: boolean,
  context: Context,
  req: PayloadRequest | undefined,
): Promise<ValidationFieldError[] | 'not-an-object'> => {
  if (!isObject(data)) return 'not-an-object'
  const references: Reference[] = []
  const problems = [
    ...statusProblem(data, drafts),
    ...unstorableText(data),
    ...typeProblems(fields, data, { ...context, references }),
  ]
  // After the field checks, which name the field (a rich text too deep says so on its field):
  // this catches depth anywhere else, such as an unknown field.
  if (problems.length === 0) problems.push(...nestingProblem(data))
  if (problems.length > 0 || !req?.payload || references.length === 0) return problems
  return missingReferences(references, req)
}

const notAnObject = () =>
  new APIError(
    'Innehållet i begäran ska vara ett JSON-objekt med fälten som nycklar, t.ex. {"title": "…"}.',
    400,
    null,
    true,
  )

/** Throws the Swedish 400 for what check() found, naming the collection or global. */
const refuseProblems = (
  problems: Awaited<ReturnType<typeof check>>,
  t: TFunction | undefined,
  where: { collection: string } | { global: string },
) => {
  if (problems === 'not-an-object') throw notAnObject()
  if (problems.length > 0) throw new ValidationError({ ...where, errors: problems }, t)
}

/**
 * Rejects malformed writes with a 400 and a Swedish message per field before any hook or the
 * database sees them, so nothing is half-written and nothing fails with a 500. Applies to every
 * collection and global, the plugins' included; runs first among their beforeOperation hooks.
 */
export const inputGuard =
  (): Plugin =>
  (config: Config): Config => {
    const locales =
      config.localization && config.localization.locales
        ? config.localization.locales.map((l) => (typeof l === 'string' ? l : l.code))
        : []
    const context: Context = {
      idType: config.db?.defaultIDType === 'text' ? 'text' : 'number',
      locales,
    }
    // Payload's own adapters are named postgres, sqlite and mongoose (vercel-postgres, d1 …).
    const queryContext: QueryContext = {
      idType: context.idType,
      postgres: /postgres/.test(config.db?.name ?? ''),
      sql: config.db?.name !== 'mongoose',
    }
    const guardCollection = (collection: CollectionConfig): CollectionConfig => {
      const drafts = hasDrafts(collection.versions)
      const queryable = queryFields(collection.fields)
      const hook: CollectionBeforeOperationHook = async ({ args, operation }) => {
        const { id, sort, where } = args as { id?: unknown; sort?: unknown; where?: unknown }
        // An id the database cannot hold ("abc", 2^31) is a document that is not there, not a 500.
        if ((typeof id === 'string' || typeof id === 'number') && !isId(id, context.idType)) {
          throw new APIError(
            `Det finns inget dokument med id ${JSON.stringify(id)}. / No document with that id.`,
            404,
            null,
            true,
          )
        }
        const queryIssues = [
          ...pagingProblems(args as { limit?: unknown; page?: unknown }),
          ...queryProblems(where, queryable, queryContext),
          ...sortProblems(sort, queryable),
        ]
        if (queryIssues.length > 0) {
          throw new APIError(
            `Frågan går inte att använda: ${queryIssues.join(' ')} / The query has values that do not fit their fields.`,
            400,
            null,
            true,
          )
        }
        if (operation !== 'create' && operation !== 'update') return args
        const data = (args as { data?: unknown }).data
        // Uploads arrive as multipart; Payload fills data from the form's _payload field.
        if (data === undefined && operation === 'create') return args
        const req = args.req as PayloadRequest | undefined
        refuseProblems(await check(data, collection.fields, drafts, context, req), req?.t, {
          collection: collection.slug,
        })
        return args
      }
      return {
        ...collection,
        hooks: {
          ...collection.hooks,
          beforeOperation: [hook, ...(collection.hooks?.beforeOperation ?? [])],
        },
      }
    }
    const guardGlobal = (global: GlobalConfig): GlobalConfig => {
      const drafts = hasDrafts(global.versions)
      const hook: GlobalBeforeOperationHook = async ({ args, operation }) => {
        if (operation !== 'update') return args
        const data = (args as { data?: unknown }).data
        const req = (args as { req?: PayloadRequest }).req
        refuseProblems(await check(data, global.fields, drafts, context, req), req?.t, {
          global: global.slug,
        })
        return args
      }
      return {
        ...global,
        hooks: {
          ...global.hooks,
          beforeOperation: [hook, ...(global.hooks?.beforeOperation ?? [])],
        },
      }
    }
    return {
      ...config,
      collections: (config.collections ?? []).map(guardCollection),
      globals: (config.globals ?? []).map(guardGlobal),
    }
  }
