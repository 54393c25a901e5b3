/**
 * The public site's only way to its content: Payload's public REST API, as any outside front end
 * would use it — no Local API, no credentials, so visitors' access rules apply (drafts stay
 * hidden). Typed with Payload's generated types; copy this file to start a front end of your own.
 */
import type { ContactDetail, EService, OpeningHour, Page } from '../../../payload-types'
import type { DayPlan, Status } from '../../../lib/openingHours'
import type { AccessibilityStatement } from '@klarkoll/payload-plugin'

/** Where the API is: PAYLOAD_API_URL, or this server itself. */
export const apiBase = (): string =>
  process.env.PAYLOAD_API_URL ?? `http://localhost:${process.env.PORT ?? 3000}/api`

/**
 * An API address for the visitor's browser (a link, not a fetch by this server): on this site's
 * own origin unless PAYLOAD_API_URL points elsewhere.
 */
export const publicApiUrl = (path: string): string =>
  `${process.env.PAYLOAD_API_URL ?? '/api'}${path}`

type Options = {
  /** Seconds the answer may be reused; publishing revalidates the collection's tag at once. */
  revalidate?: number
  tags?: string[]
}

export class ApiError extends Error {
  constructor(
    readonly status: number,
    path: string,
  ) {
    super(`API-anropet ${path} svarade ${status}.`)
    this.name = 'ApiError'
  }
}

const get = async (path: string, { revalidate = 300, tags = [] }: Options = {}) => {
  const response = await fetch(`${apiBase()}${path}`, {
    headers: { accept: 'application/json' },
    next: { revalidate, tags },
  })
  if (response.status === 404) return null
  if (!response.ok) throw new ApiError(response.status, path)
  return response
}

const getJson = async <T>(path: string, options?: Options): Promise<null | T> => {
  const response = await get(path, options)
  return response ? ((await response.json()) as T) : null
}

type List<T> = { docs: T[]; totalDocs: number }

const query = (params: Record<string, string | undefined>) => {
  const search = new URLSearchParams()
  for (const [key, value] of Object.entries(params)) if (value) search.set(key, value)
  return search.toString()
}

/**
 * A published page by its address, or null. In English only where the page has an English
 * version of its own (no fallback to the Swedish text).
 */
export const pageBySlug = async (
  slug: string,
  locale: 'en' | 'sv' = 'sv',
): Promise<null | Page> => {
  const list = await getJson<List<Page>>(
    `/pages?${query({
      depth: '0',
      'fallback-locale': locale === 'en' ? 'none' : undefined,
      limit: '1',
      locale,
      'where[slug][equals]': slug,
    })}`,
    { tags: ['pages'] },
  )
  const page = list?.docs[0] ?? null
  return page && page.title ? page : null
}

/** One member of a page's family: the Swedish original and its lättläst and language versions. */
export type PageVersionLink = { code: string; slug: string; title: string }

const versionLinkOf = (
  page: Pick<Page, 'languageVersion' | 'slug' | 'title'>,
): PageVersionLink => ({
  code: page.languageVersion?.language ?? 'sv',
  slug: page.slug,
  title: page.title,
})

const idOf = (value: unknown): null | number =>
  typeof value === 'number'
    ? value
    : value && typeof value === 'object'
      ? idOf((value as Page).id)
      : null

/**
 * The other published members of a page's family, the original first: what the page links to
 * in its language menu (webbriktlinjer R12: clear links between a page and its versions).
 */
export const pageFamily = async (page: Page): Promise<PageVersionLink[]> => {
  const originalId = idOf(page.languageVersion?.original) ?? page.id
  const select = {
    depth: '0',
    locale: 'sv',
    'select[languageVersion]': 'true',
    'select[slug]': 'true',
    'select[title]': 'true',
  }
  const [original, versions] = await Promise.all([
    originalId === page.id
      ? Promise.resolve(page)
      : getJson<List<Page>>(
          `/pages?${query({ ...select, limit: '1', 'where[id][equals]': String(originalId) })}`,
          { tags: ['pages'] },
        ).then((list) => list?.docs[0] ?? null),
    getJson<List<Page>>(
      `/pages?${query({
        ...select,
        limit: '20',
        sort: 'languageVersion.language',
        'where[languageVersion.original][equals]': String(originalId),
      })}`,
      { tags: ['pages'] },
    ).then((list) => list?.docs ?? []),
  ])
  return [...(original ? [original] : []), ...versions]
    .filter((member) => member.id !== page.id && member.title)
    .map(versionLinkOf)
}

/**
 * The lättläst and language versions of the published page on a topic ('kontakta-oss'): what a
 * fixed route without a page of its own (Kontakta oss) links to.
 */
export const topicVersions = async (topic: string): Promise<PageVersionLink[]> => {
  const list = await getJson<List<Page>>(
    `/pages?${query({
      depth: '0',
      limit: '1',
      locale: 'sv',
      'where[languageVersion.topic][equals]': topic,
    })}`,
    { tags: ['pages'] },
  )
  const page = list?.docs[0]
  return page ? (await pageFamily(page)).filter((member) => member.code !== 'sv') : []
}

export type EServiceFilter = { audience?: string; topic?: string }

export type EServiceSummary = Pick<EService, 'id' | 'shortDescription' | 'slug' | 'title'>

/**
 * Published e-services, A–Ö, optionally for one topic and one audience: only what the list shows
 * (Payload's `select`), which makes the answer a fraction of the whole documents.
 */
export const eServices = async ({ audience, topic }: EServiceFilter = {}): Promise<
  EServiceSummary[]
> => {
  const list = await getJson<List<EServiceSummary>>(
    `/e-services?${query({
      depth: '0',
      limit: '200',
      locale: 'sv',
      'select[shortDescription]': 'true',
      'select[slug]': 'true',
      'select[title]': 'true',
      sort: 'title',
      'where[audience][contains]': audience,
      'where[topics][contains]': topic,
    })}`,
    { tags: ['e-services'] },
  )
  return list?.docs ?? []
}

/** A published e-service by its address, with its responsible unit and support contact. */
export const eServiceBySlug = async (slug: string): Promise<EService | null> => {
  const list = await getJson<List<EService>>(
    `/e-services?${query({ depth: '1', limit: '1', locale: 'sv', 'where[slug][equals]': slug })}`,
    { tags: ['e-services', 'contact-details'] },
  )
  return list?.docs[0] ?? null
}

/** Every published unit with its channels and their opening hours. */
export const units = async (): Promise<ContactDetail[]> => {
  const list = await getJson<List<ContactDetail>>(
    `/contact-details?${query({ depth: '1', limit: '200', locale: 'sv', sort: 'name' })}`,
    { tags: ['contact-details', 'opening-hours'] },
  )
  return list?.docs ?? []
}

/** "Öppet nu" for a schedule: never more than 30 seconds old. */
export const hoursStatus = (id: number | string) =>
  getJson<Status & { at: string }>(`/opening-hours/${id}/status`, {
    revalidate: 30,
    tags: ['opening-hours'],
  })

/** This week, day by day, from today (Stockholm). */
export const hoursWeek = (id: number | string) =>
  getJson<{ days: DayPlan[]; from: string }>(`/opening-hours/${id}/week`, {
    revalidate: 60,
    tags: ['opening-hours'],
  })

/** schema.org JSON-LD of a document, as text for a <script> element. */
export const jsonLd = async (
  collection: 'contact-details' | 'e-services',
  id: number | string,
): Promise<null | string> => {
  const response = await get(`/${collection}/${id}/json-ld`, { tags: [collection] })
  return response ? response.text() : null
}

/**
 * The latest draft of a page for live preview, read with the signed-in editor's own token so
 * Payload's access rules decide; never cached. Null when the token may not read it.
 */
export const draftPage = async (id: string, token: string): Promise<null | Page> => {
  const response = await fetch(
    `${apiBase()}/pages/${encodeURIComponent(id)}?draft=true&depth=0&locale=sv`,
    {
      cache: 'no-store',
      headers: { accept: 'application/json', authorization: `JWT ${token}` },
    },
  )
  if (!response.ok) return null
  return (await response.json()) as Page
}

/** The tillgänglighetsredogörelse, or null while it is not written. */
export const getStatement = () =>
  getJson<AccessibilityStatement>('/accessibility-statement', { revalidate: 60 })

export type { ContactDetail, EService, OpeningHour, Page }

export type Listed = { slug: string; updatedAt: string }

/**
 * Every published page and e-service by address and last change, for sitemap.xml; the English
 * pages are those with an English title of their own.
 */
export const sitemapEntries = async (): Promise<{
  english: Set<string>
  eServices: Listed[]
  pages: Listed[]
}> => {
  const listed = (collection: string, locale: 'en' | 'sv', tag: string) =>
    getJson<List<Listed & { title?: null | string }>>(
      `/${collection}?${query({
        depth: '0',
        'fallback-locale': locale === 'en' ? 'none' : undefined,
        limit: '1000',
        locale,
        'select[slug]': 'true',
        'select[title]': 'true',
        'select[updatedAt]': 'true',
        sort: 'slug',
      })}`,
      { tags: [tag] },
    )
  const [pages, english, services] = await Promise.all([
    listed('pages', 'sv', 'pages'),
    listed('pages', 'en', 'pages'),
    listed('e-services', 'sv', 'e-services'),
  ])
  return {
    english: new Set((english?.docs ?? []).filter((p) => p.title).map((p) => p.slug)),
    eServices: services?.docs ?? [],
    pages: pages?.docs ?? [],
  }
}
