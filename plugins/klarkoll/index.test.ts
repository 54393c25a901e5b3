import type { CollectionSlug, Config } from 'payload'

import { expect, test } from '@jest/globals'

import { klarkoll } from './index'

const host = (): Config =>
  ({
    collections: [
      { slug: 'pages', fields: [{ name: 'title', type: 'text' }], hooks: { beforeChange: [] } },
      { slug: 'news', fields: [{ name: 'title', type: 'text' }] },
    ],
    custom: { own: 1 },
    endpoints: [{ handler: () => new Response(), method: 'get', path: '/own' }],
    secret: 'x',
  }) as unknown as Config

test('appends its settings, fields, hooks, collections, global, task and endpoints, keeping the host’s', () => {
  const config = klarkoll({ collections: ['news' as CollectionSlug] })(host())
  expect(config.custom).toMatchObject({
    klarkoll: { collections: { news: {} }, enabled: true },
    own: 1,
  })
  expect(config.collections!.map((c) => c.slug)).toEqual([
    'pages',
    'news',
    'klarkoll-overrides',
    'klarkoll-snapshots',
    'accessibility-issues',
    'klarkoll-reviews',
    'klarkoll-links',
    'klarkoll-digests',
    'klarkoll-claims',
    'klarkoll-audit-runs',
  ])
  expect(config.globals!.map((g) => g.slug)).toEqual(['accessibility-statement'])
  expect(config.jobs!.tasks!.map((task) => task.slug)).toEqual([
    'klarkollPageCheck',
    'klarkollLinkCheck',
    'klarkollStaleness',
    'klarkollSiteAudit',
  ])
  // The verdict rides with the document controls of every checked collection.
  expect(config.collections![1]!.admin?.components?.edit?.beforeDocumentControls).toEqual([
    '@klarkoll/payload-plugin/client#KlarkollVerdict',
  ])
  // The nightly jobs are scheduled on the plugin's queue.
  // once across instances: a claim before scheduling (twoInstances.test.ts).
  expect(config.jobs!.tasks![1]!.schedule).toEqual([
    {
      cron: '0 3 * * *',
      hooks: { beforeSchedule: expect.any(Function) },
      queue: 'klarkoll',
    },
  ])
  const [pages, news] = config.collections!
  expect(pages!.fields).toHaveLength(1)
  expect(news!.fields.map((f) => ('name' in f ? f.name : ''))).toEqual([
    'klarkollPanel',
    'title',
    'klarkoll',
  ])
  expect(news!.hooks?.beforeChange).toHaveLength(1)
  expect(news!.hooks?.afterChange).toHaveLength(3)
  expect(config.endpoints!.map((e) => e.path)).toEqual([
    '/own',
    '/klarkoll/analyze',
    '/klarkoll/check',
    '/klarkoll/permissions',
    '/klarkoll/report.csv',
    '/klarkoll/scheduled-failures',
    '/accessibility-statement',
    '/klarkoll/review',
    '/klarkoll/review',
    '/klarkoll/site-audit',
    '/klarkoll/site-audit',
  ])
})

test('collections with drafts are under review by default: owner, review group and owner hook', () => {
  const withDrafts = host()
  withDrafts.collections![1] = { ...withDrafts.collections![1]!, versions: { drafts: true } }
  const config = klarkoll({ collections: ['news' as CollectionSlug] })(withDrafts)
  expect(config.custom?.klarkoll.staleness.collections).toEqual({ news: 12 })
  const news = config.collections![1]!
  // The panel leads the sidebar; the rest of klarkoll's fields follow the site's own.
  expect(news.fields.map((f) => ('name' in f ? f.name : ''))).toEqual([
    'klarkollPanel',
    'title',
    'contentOwner',
    'review',
    'klarkoll',
  ])
  expect(news.hooks?.beforeChange).toHaveLength(2)
  // A preset (or the rules) may set the interval; the project's own setting wins over it.
  const preset = klarkoll({
    collections: ['news' as CollectionSlug],
    rules: { 'stale/review-overdue': ['warning', { months: { news: 3 } }] },
  })
  expect(preset(withDrafts).custom?.klarkoll.staleness.collections).toEqual({ news: 3 })
  const own = klarkoll({
    collections: ['news' as CollectionSlug],
    rules: { 'stale/review-overdue': ['warning', { months: { news: 3 } }] },
    staleness: { collections: { news: 24 } as never },
  })
  expect(own(withDrafts).custom?.klarkoll.staleness.collections).toEqual({ news: 24 })
  // Given explicitly, only the listed collections are reviewed, and they must be checked ones.
  const none = klarkoll({ collections: ['news' as CollectionSlug], staleness: { collections: {} } })
  expect(none(withDrafts).custom?.klarkoll.staleness.collections).toEqual({})
  expect(() =>
    klarkoll({
      collections: ['news' as CollectionSlug],
      staleness: { collections: { pages: 6 } as never },
    })(host()),
  ).toThrow(/staleness.collections nämner "pages"/)
})

test('collections are required, in Swedish and English; the standard preset; can be turned off', () => {
  for (const options of [undefined, {}, { collections: [] }]) {
    expect(() => klarkoll(options as never)(host())).toThrow(
      /^klarkoll: ange vilka samlingar som ska granskas.*\/ klarkoll: name the collections to check/,
    )
  }
  expect(
    klarkoll({ collections: ['pages' as CollectionSlug] })(host()).custom?.klarkoll,
  ).toMatchObject({
    collections: { pages: {} },
    enabled: true,
    preset: 'standard',
  })
  const off = klarkoll({ collections: ['pages' as CollectionSlug], enabled: false })(host())
  expect(off.custom?.klarkoll.enabled).toBe(false)
})

test('access defaults: roles where users have them, every signed-in user where they have none', () => {
  const { canApprove, canOverride, canSeeEmails } = klarkoll({
    collections: ['pages' as CollectionSlug],
  })(host()).custom!.klarkoll
  const noRoleField = { email: 'a@b.se', id: 1 }
  const editor = { email: 'a@b.se', id: 2, role: 'webbredaktor' }
  const communicator = { email: 'a@b.se', id: 3, roles: ['kommunikator'] }
  expect([canOverride, canApprove, canSeeEmails].map((can) => can(noRoleField))).toEqual([
    true,
    true,
    true,
  ])
  expect([canOverride, canApprove, canSeeEmails].map((can) => can(editor))).toEqual([
    false,
    false,
    false,
  ])
  expect([canOverride, canApprove, canSeeEmails].map((can) => can(communicator))).toEqual([
    true,
    true,
    false,
  ])
  expect(canOverride(null)).toBe(false)
})

test('an unknown collection is named in the error', () => {
  expect(() => klarkoll({ collections: ['nyheter' as CollectionSlug] })(host())).toThrow(
    /samlingen "nyheter" finns inte.*pages, news/,
  )
})

test("its words join the site's translations: the site's own win, every admin language gets them", () => {
  const config = klarkoll({ collections: ['news' as CollectionSlug] })({
    ...host(),
    i18n: {
      supportedLanguages: { fi: {} } as never,
      translations: { sv: { general: { save: 'Spara' }, klarkoll: { title: 'Textkoll' } } },
    },
  })
  const translations = config.i18n!.translations as Record<string, { klarkoll: object }>
  expect(translations.sv).toMatchObject({
    general: { save: 'Spara' },
    klarkoll: { accept: 'Markera som OK', title: 'Textkoll' },
  })
  expect(translations.en!.klarkoll).toMatchObject({ accept: 'Mark as OK' })
  // A language klarkoll has no words for shows English, not raw keys.
  expect(translations.fi!.klarkoll).toMatchObject({ accept: 'Mark as OK' })
})

test('the collections and global it adds can be renamed and changed, as form-builder allows', () => {
  const config = klarkoll({
    collections: ['news' as CollectionSlug],
    overrides: {
      reviews: {
        admin: { group: 'Innehåll' },
        fields: ({ defaultFields }) => [...defaultFields, { name: 'note', type: 'text' }],
        slug: 'granskningar',
      },
      statement: { slug: 'tillganglighetsredogorelse' },
    },
  })(host())
  const reviews = config.collections!.find((c) => c.slug === 'granskningar')!
  expect(reviews.admin?.group).toBe('Innehåll')
  expect(reviews.fields.at(-1)).toEqual({ name: 'note', type: 'text' })
  expect(config.collections!.map((c) => c.slug)).not.toContain('klarkoll-reviews')
  expect(config.globals!.map((g) => g.slug)).toEqual(['tillganglighetsredogorelse'])
  // Every part of the plugin finds them by the new names.
  expect((config.custom!.klarkoll as { slugs: object }).slugs).toMatchObject({
    reviews: 'granskningar',
    statement: 'tillganglighetsredogorelse',
  })
})

test('an override of something it does not add, or a slug that is no slug, stops the config', () => {
  expect(() =>
    klarkoll({ collections: ['news' as CollectionSlug], overrides: { forms: {} } as never })(
      host(),
    ),
  ).toThrow(/overrides\.forms finns inte/)
  expect(() =>
    klarkoll({ collections: ['news' as CollectionSlug], overrides: { links: { slug: 'Länkar' } } })(
      host(),
    ),
  ).toThrow(/overrides\.links\.slug ska bestå av små bokstäver/)
})

test('a field of the host by a name klarkoll adds stops the config with a message, not a clash', () => {
  const config = host()
  config.collections![1]!.fields.push({ name: 'klarkoll', type: 'text' })
  expect(() => klarkoll({ collections: ['news' as CollectionSlug] })(config)).toThrow(
    /^klarkoll: samlingen "news" har redan fält som heter "klarkoll"/,
  )
})

test('the panel finds every word it asks for in both languages, with plural forms', async () => {
  const { panelTexts } = await import('./admin/texts')
  const { klarkollTranslations } = await import('./admin/translations')
  for (const language of ['sv', 'en'] as const) {
    const missing: string[] = []
    const words = klarkollTranslations[language].klarkoll as Record<string, string>
    const t = (key: string, vars?: Record<string, number | string>) => {
      const name = key.replace(/^klarkoll:/, '')
      const count = vars?.count
      const found =
        (count === 1 ? words[`${name}_one`] : undefined) ??
        (typeof count === 'number' ? words[`${name}_other`] : undefined) ??
        words[name]
      if (found === undefined) missing.push(key)
      return (found ?? key).replace(/\{\{(\w+)\}\}/g, (_, v: string) => String(vars?.[v]))
    }
    const texts = panelTexts({ t })
    expect(texts.summaryBlocked(1)).toMatch(/^1 /)
    expect(texts.summaryWarnings(3)).toMatch(/^3 /)
    expect(texts.summaryTips(1)).toMatch(/ 1 tip/)
    expect(texts.summaryTips(4)).toMatch(/ 4 tips/)
    expect(texts.scheduledFailed('1 mars', 'LIX 70')).toContain('LIX 70')
    expect(missing).toEqual([])
  }
})

test('with `versions`, a collection gets the language-version group, its hooks and the coverage endpoint', () => {
  const config = klarkoll({
    collections: ['news' as CollectionSlug],
    versions: { collections: ['news' as CollectionSlug], requiredLanguages: ['fi'] },
  })(host())
  const news = config.collections![1]!
  const group = news.fields.find((f) => 'name' in f && f.name === 'languageVersion')
  expect(
    group && 'fields' in group ? group.fields.map((f) => ('name' in f ? f.name : '')) : [],
  ).toEqual(['language', 'original', 'topic', 'decisions', 'textHash', 'textChangedAt', 'syncedAt'])
  // Text tracking and the decisions guard run before the publish gate; decisions are carried out after.
  expect(news.hooks?.beforeChange).toHaveLength(3)
  expect(news.hooks?.afterChange).toHaveLength(4)
  expect(config.endpoints!.map((e) => e.path)).toContain('/klarkoll/versions/coverage')
  expect(config.custom?.klarkoll.versions).toMatchObject({
    collections: ['news'],
    requiredLanguages: ['fi'],
  })
})
