import type { CollectionConfig, PayloadRequest } from 'payload'

import type { KlarkollSettings } from '../types'
import type { Acceptance, Report } from './report'

import {
  checkedFields,
  htmlToCheck,
  ingressFieldOf,
  mainFieldOf,
  titleFieldOf,
} from './collectionParts'
import { documentInput } from './documentInput'
import { runChecks } from './runChecks'

const languageOf = (locale: null | string | undefined) =>
  typeof locale === 'string' && locale !== 'all' ? locale : undefined

/**
 * Every check on a document as it is about to be saved (runChecks.ts): klarspråk on its text
 * fields, accessibility on its rendered rich text, its collection's service-policy rules, and
 * staleness and links. The report is what the gate stores and the panel shows.
 */
export const checkDocument = async ({
  accepted,
  collection,
  data,
  locale,
  req,
  settings,
}: {
  accepted?: Acceptance[]
  collection: CollectionConfig
  data: Record<string, unknown>
  /** The language the text is in. @default the request's locale */
  locale?: null | string
  req: PayloadRequest
  settings: KlarkollSettings
}): Promise<Report> => {
  const options = settings.collections[collection.slug]
  const fields = checkedFields(collection, options?.fields)
  return runChecks({
    accepted,
    document: { collection: collection.slug, data, req },
    html: () => htmlToCheck(collection, fields, data, req),
    input: documentInput(data, fields, {
      ingressField: ingressFieldOf(fields, options?.ingressField),
      lang: languageOf(locale === undefined ? req.locale : locale),
      titleField: titleFieldOf(collection),
    }),
    mainField: mainFieldOf(collection, fields),
    settings,
  })
}
