import type { PayloadRequest } from 'payload'

import type { Finding, Severity } from '../analysis/types'
import type { KlarkollSettings } from '../types'

import { cachedResolver, type ConfigurableRule } from '../analysis/config'
import { collectLinks } from './collect'
import { type StoredLink, storedLinks } from './store'

type LinkRule = ConfigurableRule & { meta: { help: string; title: string; titleEn: string } }

/** A link the last check found gone. In the listed collections' URL fields, it blocks. */
export const brokenLinkRule: LinkRule = {
  defaultOptions: { blockIn: ['e-services'] },
  defaultSeverity: 'warning',
  id: 'links/broken',
  meta: {
    help: 'Länkar ska fungera. En e-tjänst med trasig adress publiceras inte.',
    title: 'Trasig länk',
    titleEn: 'Broken link',
  },
}

/** A link whose server did not answer properly (timeouts, 429, 5xx) even after retries. */
export const unsureLinkRule: LinkRule = {
  defaultOptions: {},
  defaultSeverity: 'warning',
  id: 'links/unsure',
  meta: {
    help: 'Servern svarade inte ordentligt vid senaste kontrollen.',
    title: 'Länk som inte svarar',
    titleEn: 'Link not answering',
  },
}

export const linkRules = [brokenLinkRule, unsureLinkRule]

const resolveLinks = cachedResolver<LinkRule>(linkRules, 'links/')

/** What the link checks last found about a document's links, for the publish gate. */
export const linkFindings = async ({
  collection,
  doc,
  req,
  settings,
  stored: known,
}: {
  collection: string
  doc: Record<string, unknown>
  req: PayloadRequest
  settings: KlarkollSettings
  /** Every stored result that is not ok, read once for many documents (the staleness scan). */
  stored?: Map<string, StoredLink>
}): Promise<Finding[]> => {
  const urlFields = settings.links.urlFields[collection] ?? []
  const links = collectLinks(doc, urlFields)
  if (links.length === 0) return []
  const stored =
    known ??
    (await storedLinks(
      req.payload,
      links.map((l) => l.url),
    ))
  const rules = new Map(resolveLinks(settings.rules).map((r) => [r.rule.id, r]))
  const findings: Finding[] = []
  for (const { field, url } of links) {
    const result = stored.get(url)
    if (!result || (result.outcome !== 'broken' && result.outcome !== 'unsure')) continue
    const rule = rules.get(result.outcome === 'broken' ? brokenLinkRule.id : unsureLinkRule.id)
    if (!rule) continue
    const blockIn = (rule.options as { blockIn?: string[] }).blockIn ?? []
    const severity: Severity =
      result.outcome === 'broken' && urlFields.includes(field) && blockIn.includes(collection)
        ? 'error'
        : rule.severity
    const since =
      result.failures && result.failures > 1 ? ` (${result.failures} kontroller i rad)` : ''
    findings.push({
      area: 'staleness',
      excerpt: url,
      message:
        result.outcome === 'broken'
          ? `Länken ${url} fungerar inte: ${result.reason}${since} Rätta eller ta bort länken.`
          : `Länken ${url} svarade inte ordentligt vid senaste kontrollen: ${result.reason}`,
      path: field,
      ruleId: rule.rule.id,
      severity,
    })
  }
  return findings
}
