import type { CollectionConfig, PayloadRequest } from 'payload'

import { createHash } from 'node:crypto'

import type { Finding } from '../analysis/types'
import type { KlarkollSettings } from '../types'
import type { Acceptance, Report } from './report'

import { accessibilityEnabled, checkHtmlAccessibility } from '../a11y/checkHtml'
import { analyze } from '../analysis/analyze'
import { runPolicy } from '../policy/run'
import { linkFindings } from '../links/findings'
import { runStaleness } from '../staleness/run'
import {
  checkedFields,
  htmlToCheck,
  mainFieldOf,
  relatedLoader,
  titleFieldOf,
} from './collectionParts'
import { documentInput } from './documentInput'
import { buildReport } from './report'

const languageOf = (locale: null | string | undefined) =>
  typeof locale === 'string' && locale !== 'all' ? locale : undefined

/**
 * Runs every check on a document as it is about to be saved: klarspråk on its text fields,
 * accessibility on its rendered rich text, and the service-policy rules for its collection. The
 * report is what the gate stores.
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
  const fields = checkedFields(collection, settings.collections[collection.slug]?.fields)
  const input = documentInput(data, fields, {
    lang: languageOf(locale === undefined ? req.locale : locale),
    titleField: titleFieldOf(collection),
  })
  const analysis = analyze(input, { rules: settings.rules })
  const policy = await runPolicy(
    {
      collection: collection.slug,
      doc: data,
      load: relatedLoader(req.payload, req),
    },
    settings.rules,
  )
  const staleness = [
    ...(await runStaleness({ collection: collection.slug, doc: data, req, settings })),
    ...(await linkFindings({ collection: collection.slug, doc: data, req, settings })),
  ]
  const a11y: Finding[] = []
  try {
    if (accessibilityEnabled(settings.rules)) {
      for (const { html, path } of await htmlToCheck(collection, fields, data, req)) {
        a11y.push(...(await checkHtmlAccessibility(html, { path, settings: settings.rules })))
      }
    }
  } catch (error) {
    // A checker that cannot run must not stop editors: say so, and log it for the developers.
    req.payload.logger.error({
      err: error,
      msg: 'klarkoll: tillgänglighetskontrollen kunde inte köras',
    })
    a11y.push({
      area: 'a11y',
      message:
        'Tillgänglighetskontrollen kunde inte köras just nu. Texten granskades inte för tillgänglighet.',
      path: '',
      ruleId: 'a11y/unavailable',
      severity: 'warning',
    })
  }
  const report = buildReport({
    accepted,
    analysis,
    checkedAt: new Date().toISOString(),
    mainField: mainFieldOf(collection, fields),
    other: [...a11y, ...policy, ...staleness],
    preset: settings.preset,
    rulesVersion: settings.rulesVersion,
  })
  report.contentHash = createHash('sha256').update(JSON.stringify(input)).digest('hex').slice(0, 16)
  return report
}
