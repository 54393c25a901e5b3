import type { CollectionConfig, Payload, PayloadRequest } from 'payload'

import type { PolicyContext } from '../policy/rule'

import { lexicalToHtml } from './lexicalHtml'
import { textFieldsOf, type TextFieldRef, valuesAt } from './textFields'

/** Whether the collection keeps drafts: then only publishing is checked, and visitors see published documents only. */
export const hasDrafts = (collection: Pick<CollectionConfig, 'versions'>): boolean =>
  Boolean(
    collection.versions && typeof collection.versions === 'object' && collection.versions.drafts,
  )

/** The field the admin uses as the document's title, if it names one. */
export const titleFieldOf = (collection: CollectionConfig): string | undefined =>
  typeof collection.admin?.useAsTitle === 'string' ? collection.admin.useAsTitle : undefined

const fieldsCache = new WeakMap<CollectionConfig, TextFieldRef[]>()

/** The fields klarkoll reads in a collection: the configured ones, or every text field. */
export const checkedFields = (collection: CollectionConfig, only?: string[]): TextFieldRef[] => {
  let all = fieldsCache.get(collection)
  if (!all) {
    all = textFieldsOf(collection.fields)
    fieldsCache.set(collection, all)
  }
  return only ? all.filter((f) => only.includes(f.path)) : all
}

/** The ingress field: the site's choice, else a field named `ingress` if the collection has one. */
export const ingressFieldOf = (
  fields: TextFieldRef[],
  option: false | string | undefined,
): string | undefined =>
  option === false
    ? undefined
    : (option ?? (fields.some((f) => f.path === 'ingress') ? 'ingress' : undefined))

/** Where a finding about the whole text is shown: the rich text body, else the title. */
export const mainFieldOf = (collection: CollectionConfig, fields: TextFieldRef[]): string =>
  fields.find((f) => f.type === 'richText')?.path ??
  titleFieldOf(collection) ??
  fields[0]?.path ??
  ''

/** Policy rules' way to read a related document (by id, or as already populated). */
export const relatedLoader =
  (payload: Payload, req?: PayloadRequest): PolicyContext['load'] =>
  async (collection, id) => {
    if (id && typeof id === 'object') return id as Record<string, unknown>
    if (typeof id !== 'string' && typeof id !== 'number') return null
    try {
      return (await payload.findByID({
        collection: collection as never,
        depth: 0,
        disableErrors: true,
        id,
        ...(req ? { req } : {}),
      })) as null | Record<string, unknown>
    } catch {
      return null
    }
  }

const escapeAttribute = (value: string) =>
  value.replace(/&/g, '&amp;').replace(/"/g, '&quot;').replace(/</g, '&lt;')

export type HtmlToCheck = { html: string; path: string }

/**
 * What the accessibility checks read in a document: each rich text field rendered to HTML as the
 * public site shows it, and an upload's own alt text as an image (unless marked decorative).
 * The gate and the audit both check exactly this.
 */
export const htmlToCheck = async (
  collection: CollectionConfig,
  fields: TextFieldRef[],
  data: Record<string, unknown>,
  req: PayloadRequest,
): Promise<HtmlToCheck[]> => {
  const found: HtmlToCheck[] = []
  for (const field of fields.filter((f) => f.type === 'richText')) {
    for (const [path, value] of valuesAt(data, field.path)) {
      const html = await lexicalToHtml(value, req)
      if (html) found.push({ html, path })
    }
  }
  if (
    collection.upload &&
    typeof data.alt === 'string' &&
    data.alt.trim() &&
    data.decorative !== true
  ) {
    const name = typeof data.filename === 'string' ? data.filename : 'bild'
    found.push({
      html: `<img src="${escapeAttribute(name)}" alt="${escapeAttribute(data.alt)}">`,
      path: 'alt',
    })
  }
  return found
}
