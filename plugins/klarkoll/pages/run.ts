import type { CollectionSlug, Payload, Where } from 'payload'

import type { KlarkollSettings } from '../types'

import { hasDrafts } from '../check/collectionParts'
import { storeKlarkoll } from '../check/storeKlarkoll'
import { wcagCriterion } from '../statement/wcag'
import { launchChromium } from './browser'
import { checkRenderedPage, type PageCheck } from './checkPage'
import { guardBrowserRequests } from './guardRequests'
import { slugsOf } from '../slugs'

export type PageCheckRow = {
  /** The document's collection and id; none for a fixed address (`publicRoutes`). */
  collection: null | string
  error?: string
  findings: number
  id: null | number | string
  url: string
}

export type PageCheckSummary = {
  pages: PageCheckRow[]
  proposals: { created: number; removed: number; updated: number }
}

type Doc = { _status?: string; id: number | string; klarkoll?: Record<string, unknown> | null }

/**
 * One proposal per page and rule for the accessibility statement. Proposals that the check no
 * longer finds are removed while nobody has reviewed them; reviewed ones are the editors' to keep.
 */
const propose = async (
  payload: Payload,
  /** The document the page shows, or none for a fixed address of the site. */
  source: { doc: Doc; slug: string } | { path: string },
  result: PageCheck,
  counts: PageCheckSummary['proposals'],
) => {
  const prefix = 'doc' in source ? `${source.slug}:${source.doc.id}:` : `route:${source.path}:`
  const byRule = new Map<string, PageCheck['findings']>()
  for (const finding of result.findings) {
    if (finding.severity === 'info') continue
    byRule.set(finding.ruleId, [...(byRule.get(finding.ruleId) ?? []), finding])
  }
  const { docs: existing } = await payload.find({
    collection: slugsOf(payload).issues as CollectionSlug,
    depth: 0,
    pagination: false,
    where: { checkKey: { like: prefix } },
  })
  const known = new Map(
    (existing as unknown as { checkKey?: string; id: number | string; review: string }[])
      .filter((issue) => issue.checkKey?.startsWith(prefix))
      .map((issue) => [issue.checkKey!, issue]),
  )
  for (const [ruleId, findings] of byRule) {
    const first = findings[0]!
    const key = `${prefix}${ruleId}`
    const description = `${first.help}. Kontrollen hittade det på ${findings.length} ${
      findings.length === 1 ? 'ställe' : 'ställen'
    } på ${result.url}, till exempel: ${first.excerpt ?? ''}`
    const issue = known.get(key)
    if (issue) {
      known.delete(key)
      await payload.update({
        collection: slugsOf(payload).issues as CollectionSlug,
        data: (issue.review === 'forslag'
          ? { description, lastSeenAt: result.checkedAt }
          : { lastSeenAt: result.checkedAt }) as never,
        id: issue.id,
      })
      counts.updated++
      continue
    }
    await payload.create({
      collection: slugsOf(payload).issues as CollectionSlug,
      data: {
        affects: 'doc' in source ? [{ relationTo: source.slug, value: source.doc.id }] : [],
        checkKey: key,
        description,
        lastSeenAt: result.checkedAt,
        locations: result.url,
        review: 'forslag',
        ruleId,
        source: 'automatisk',
        status: 'planerad',
        summary: first.help.length > 120 ? `${first.help.slice(0, 117)}…` : first.help,
        wcag: wcagCriterion(first.wcag)?.id ?? null,
      } as never,
    })
    counts.created++
  }
  for (const stale of known.values()) {
    if (stale.review !== 'forslag') continue
    await payload.delete({ collection: slugsOf(payload).issues as CollectionSlug, id: stale.id })
    counts.removed++
  }
}

/** The collections whose documents have a public page to check: checked, and with publicUrls. */
export const checkableCollections = (settings: KlarkollSettings): string[] =>
  Object.keys(settings.publicUrls).filter(
    (slug) => settings.collections[slug] && settings.publicUrls[slug],
  )

/** Opens an address only when it is on the site itself, whatever a slug or publicUrls made. */
const checkAddress = (
  context: Parameters<typeof checkRenderedPage>[0],
  address: URL,
  siteOrigin: string,
  status?: number,
): Promise<PageCheck> =>
  address.origin === siteOrigin
    ? checkRenderedPage(context, address.toString(), new Date(), status)
    : Promise.resolve({
        checkedAt: new Date().toISOString(),
        error: `Sidans adress ${address.toString()} ligger inte på webbplatsen (${siteOrigin}) och öppnades inte.`,
        findings: [],
        url: address.toString(),
      })

/**
 * Opens every published page of the public site and its fixed addresses (`publicRoutes`), or one
 * document, in Chromium, runs axe-core and the reflow check on the rendered page, stores the
 * result on the document and proposes statement entries. Runs in the background (the jobs queue
 * or `npm run a11y:pages`), never inside a publish request.
 */
export const runPageChecks = async (
  payload: Payload,
  {
    collection,
    id,
    onPage,
  }: { collection?: string; id?: number | string; onPage?: (row: PageCheckRow) => void } = {},
): Promise<PageCheckSummary> => {
  const settings = payload.config.custom?.klarkoll as KlarkollSettings
  if (!settings.siteUrl) {
    throw new Error(
      'klarkoll: sidkontrollen behöver den publika webbplatsens adress (siteUrl eller SITE_URL).',
    )
  }
  const checkable = checkableCollections(settings)
  const slugs = collection ? checkable.filter((slug) => slug === collection) : checkable
  // The fixed addresses with the whole site, not when one collection or document is asked for.
  const routes = collection || id !== undefined ? [] : settings.publicRoutes
  const summary: PageCheckSummary = { pages: [], proposals: { created: 0, removed: 0, updated: 0 } }
  if (slugs.length === 0 && routes.length === 0) return summary
  const siteOrigin = new URL(settings.siteUrl).origin
  const report = (checked: PageCheck, collection: null | string, id: null | number | string) => {
    const row: PageCheckRow = {
      collection,
      findings: checked.findings.length,
      id,
      url: checked.url,
      ...(checked.error ? { error: checked.error } : {}),
    }
    summary.pages.push(row)
    onPage?.(row)
  }
  const browser = await launchChromium(settings.chromiumPath)
  let guard: Awaited<ReturnType<typeof guardBrowserRequests>> | undefined
  try {
    const context = await browser.newContext({ locale: 'sv-SE', serviceWorkers: 'block' })
    guard = await guardBrowserRequests(context, {
      allowHosts: settings.links.check.allowHosts,
      siteOrigin,
    })
    for (const slug of slugs) {
      const conditions: Where[] = []
      if (id !== undefined) conditions.push({ id: { equals: id } })
      if (hasDrafts(payload.collections[slug as CollectionSlug].config))
        conditions.push({ _status: { equals: 'published' } })
      for (let page = 1; ; page++) {
        const result = await payload.find({
          collection: slug as CollectionSlug,
          depth: 0,
          limit: 50,
          overrideAccess: true,
          page,
          sort: 'id',
          where: { and: conditions },
        })
        for (const doc of result.docs as unknown as Doc[]) {
          const path = settings.publicUrls[slug]!(doc as Record<string, unknown>)
          if (!path) continue
          const checked = await checkAddress(context, new URL(path, settings.siteUrl), siteOrigin)
          // Beside the publish report, which stays as it is.
          await storeKlarkoll(payload, {
            changes: { page: checked },
            collection: slug,
            id: doc.id,
            stored: doc.klarkoll,
          })
          if (!checked.error) await propose(payload, { doc, slug }, checked, summary.proposals)
          report(checked, slug, doc.id)
        }
        if (!result.hasNextPage) break
      }
    }
    for (const { path, status } of routes) {
      const checked = await checkAddress(
        context,
        new URL(path, settings.siteUrl),
        siteOrigin,
        status,
      )
      if (!checked.error) await propose(payload, { path }, checked, summary.proposals)
      report(checked, null, null)
    }
  } finally {
    await browser.close()
    await guard?.close()
  }
  return summary
}
