import type { CollectionConfig, Config, Field, GlobalConfig } from 'payload'

import { fileURLToPath } from 'node:url'

import type { KlarkollSlugs } from './slugs'
import type {
  CollectionOverride,
  GlobalOverride,
  KlarkollOptions,
  KlarkollOverrides,
  KlarkollSettings,
} from './types'

import { auditCollection } from './audit'
import { claimsCollection } from './claimsCollection'
import { checkEndpoint } from './endpoints/check'
import { klarkollTranslations } from './admin/translations'
import { analyzeEndpoint } from './endpoints/analyze'
import { permissionsEndpoint } from './endpoints/permissions'
import { reportCsvEndpoint } from './endpoints/reportCsv'
import { scheduledFailuresEndpoint } from './endpoints/scheduledFailures'
import { snapshotsCollection } from './dashboard/snapshots'
import { hasDrafts } from './check/collectionParts'
import { fieldErrorsKept } from './fieldErrorsKept'
import { klarkollField, panelField, verdictComponentPath } from './fields'
import { siteAuditEndpoints } from './siteAudit/endpoint'
import { auditRunsCollection } from './siteAudit/runsCollection'
import { siteAuditTask } from './siteAudit/task'
import { linkAuditEntry, publishGate } from './gate'
import { keepRefusedDraft } from './keepRefusedDraft'
import { linksCollection } from './links/linksCollection'
import { queueLinkCheck } from './links/queue'
import { runOnceTask } from './jobs'
import { linkCheckTask } from './links/task'
import { queuePageCheck } from './pages/queue'
import { pageCheckTask } from './pages/task'
import { resolveSettings } from './settings'
import { defaultOwner } from './staleness/defaultOwner'
import { presetReviewMonths } from './staleness/presetMonths'
import { reviewEndpoints } from './staleness/endpoint'
import { reviewFields } from './staleness/fields'
import { digestsCollection } from './staleness/digestsCollection'
import { reviewsCollection } from './staleness/reviewsCollection'
import { stalenessTask } from './staleness/task'
import { statementEndpoint } from './statement/endpoint'
import { statementGlobal } from './statement/global'
import { issuesCollection } from './statement/issuesCollection'
import { coverageEndpoint } from './versions/endpoint'
import { applyVersionDecisions, requireVersionDecisions } from './versions/decisions'
import { versionFields } from './versions/fields'
import { trackVersionText } from './versions/track'

export { defaultSlugs, type KlarkollSlugs, slugsOf } from './slugs'
export type {
  CollectionOverride,
  GlobalOverride,
  KlarkollOptions,
  KlarkollOverrides,
  KlarkollRule,
  KlarkollSettings,
  RuleSets,
  StalenessCheck,
  StalenessFinding,
} from './types'
export { defineRule, type Rule, type RuleFinding, type RuleMessages } from './analysis/rule'
export { checkExamples, type RuleExamples, testRule } from './analysis/ruleTester'
export { valuesAt } from './check/textFields'
export {
  definePolicyRule,
  type PolicyContext,
  type PolicyDocument,
  type PolicyRule,
} from './policy/rule'
export { testPolicyRule } from './policy/ruleTester'
export { defineStalenessRule, type StalenessRule } from './staleness/rule'
export { testStalenessRule } from './staleness/ruleTester'
export type { LinkCheckOptions } from './links/types'
export {
  minorityLanguageCodes,
  type VersionLanguage,
  versionLanguage,
  versionLanguages,
  writtenLanguage,
} from './versions/languages'
export { versionTopics } from './versions/topics'
export { type Coverage, versionCoverage } from './versions/coverage'
export { addMonths, dayOf, swedishDay } from './staleness/dates'
export { presets, resolvePreset, type Preset, type PresetName } from './presets'
export { type Bilingual, inUserLanguage } from './userLanguage'
// What a host's public site, scripts and benchmarks use of the plugin.
export { checkHtmlAccessibility } from './a11y/checkHtml'
export { a11yRules } from './a11y/rules'
export { type RuleSettings, RuleConfigError } from './analysis/config'
export { type AuditSummary, runAudit } from './audit/runAudit'
export { lexicalToHtml } from './check/lexicalHtml'
export { applyPayloadConventions } from './check/payloadConventions'
export { allAreas, runChecks, type RunChecksArgs } from './check/runChecks'
export type { Report, ReportFinding } from './check/report'
export { chromiumLaunchOptions } from './pages/browser'
export { type PageCheckSummary, runPageChecks } from './pages/run'
export type { AccessibilityStatement } from './statement/build'

// The commands `npx payload klarkoll:audit` and `klarkoll:sidkontroll` (and `npx klarkoll …`):
// files beside this module, as TypeScript in this repository and JavaScript in the package.
const cliScripts = [
  ['klarkoll:audit', 'audit'],
  ['klarkoll:sidkontroll', 'pageChecks'],
] as const
const cliPath = (file: string): string => {
  const here = import.meta.url
  // Joined as text, not `new URL('./cli/…', import.meta.url)`: bundlers read that form as an
  // asset to trace and compile, in every server bundle of the host's Next app.
  const folder = here.slice(0, here.lastIndexOf('/') + 1)
  try {
    return fileURLToPath(`${folder}cli/${file}${here.endsWith('.ts') ? '.ts' : '.js'}`)
  } catch {
    // Inside a bundle whose modules have no file of their own (the commands run from the CLI).
    return ''
  }
}

/** The fields klarkoll adds to a checked collection; a field of the site's by one of these names is an error. */
const addedFields = (
  collection: CollectionConfig,
  settings: KlarkollSettings,
  usersSlug: string,
): Field[] => {
  const added = [
    ...(settings.staleness.collections[collection.slug] !== undefined
      ? reviewFields(collection.slug, settings.staleness.collections[collection.slug]!, usersSlug)
      : []),
    klarkollField(),
    panelField(collection, settings),
    ...(hasVersions(collection, settings) ? [versionFields(collection.slug)] : []),
  ]
  const own = new Set(collection.fields.map((field) => ('name' in field ? field.name : '')))
  const clash = added.map((field) => ('name' in field ? field.name : '')).filter((n) => own.has(n))
  if (clash.length > 0) {
    throw new Error(
      `klarkoll: samlingen "${collection.slug}" har redan fält som heter ${clash.map((n) => `"${n}"`).join(', ')}, ` +
        'och klarkoll lägger till fält med de namnen. Byt namn på samlingens fält. ' +
        `/ klarkoll: collection "${collection.slug}" already has fields named ${clash.join(', ')}, which klarkoll adds.`,
    )
  }
  return added
}

const hasVersions = (collection: CollectionConfig, settings: KlarkollSettings) =>
  Boolean(settings.versions?.collections.includes(collection.slug))

/** The panel leads the sidebar, above the site's own sidebar fields: it is seen while typing. */
const panelFirst = (own: Field[], added: Field[]): Field[] => {
  const isPanel = (field: Field) => 'name' in field && field.name === 'klarkollPanel'
  return [...added.filter(isPanel), ...own, ...added.filter((field) => !isPanel(field))]
}

const withGate = (
  collection: CollectionConfig,
  settings: KlarkollSettings,
  usersSlug: string,
): CollectionConfig => ({
  ...collection,
  admin: {
    ...collection.admin,
    components: {
      ...collection.admin?.components,
      edit: {
        ...collection.admin?.components?.edit,
        // The verdict rides with the document controls, which stay in view while scrolling.
        beforeDocumentControls: [
          ...(collection.admin?.components?.edit?.beforeDocumentControls ?? []),
          verdictComponentPath,
        ],
      },
    },
  },
  fields: panelFirst(collection.fields, addedFields(collection, settings, usersSlug)),
  hooks: {
    ...collection.hooks,
    afterError: [...(collection.hooks?.afterError ?? []), keepRefusedDraft],
    afterChange: [
      ...(collection.hooks?.afterChange ?? []),
      linkAuditEntry,
      ...(hasVersions(collection, settings) ? [applyVersionDecisions(collection, settings)] : []),
      queuePageCheck(collection.slug, settings),
      queueLinkCheck(collection.slug, settings),
    ],
    // Last, so the host's own hooks have shaped the data the checks read.
    beforeChange: [
      ...(collection.hooks?.beforeChange ?? []),
      ...(settings.staleness.collections[collection.slug] !== undefined
        ? [defaultOwner(usersSlug)]
        : []),
      ...(hasVersions(collection, settings)
        ? [trackVersionText(collection, settings), requireVersionDecisions(collection, settings)]
        : []),
      publishGate(collection, settings),
    ],
  },
})

/** A collection or global of klarkoll's with the site's changes (form-builder's pattern). */
const overridden = <T extends CollectionConfig | GlobalConfig>(
  config: T,
  override: CollectionOverride | GlobalOverride | undefined,
): T => {
  if (!override) return config
  const { fields, slug, ...rest } = override
  return {
    ...config,
    ...rest,
    access: { ...config.access, ...override.access },
    admin: { ...config.admin, ...override.admin },
    fields: fields ? fields({ defaultFields: config.fields }) : config.fields,
    hooks: { ...config.hooks, ...override.hooks },
    slug: slug ?? config.slug,
  } as T
}

const withOverrides = (
  overrides: KlarkollOverrides | undefined,
  collections: Record<Exclude<keyof KlarkollSlugs, 'statement'>, CollectionConfig>,
): CollectionConfig[] =>
  // The order is the admin's: the override log first, as before renames were possible.
  (
    [
      'overrides',
      'snapshots',
      'issues',
      'reviews',
      'links',
      'digests',
      'claims',
      'auditRuns',
    ] as const
  ).map((name) => overridden(collections[name], overrides?.[name]))

/**
 * klarkoll's words merged into the site's translations: the site's own win, and every language
 * the admin offers gets them (English where klarkoll has none), so no key shows as a raw id.
 */
const withTranslations = (i18n: Config['i18n']): Config['i18n'] => {
  const own: Record<string, Record<string, unknown>> = klarkollTranslations
  const site = (i18n?.translations ?? {}) as Record<string, Record<string, unknown>>
  const languages = new Set([
    ...Object.keys(own),
    ...Object.keys(site),
    ...Object.keys(i18n?.supportedLanguages ?? {}),
  ])
  const translations: Record<string, Record<string, unknown>> = {}
  for (const language of languages) {
    const words = (own[language] ?? own.en!).klarkoll as object
    translations[language] = {
      ...site[language],
      klarkoll: { ...words, ...(site[language]?.klarkoll as object | undefined) },
    }
  }
  return { ...i18n, translations: translations as never }
}

/**
 * klarkoll checks every text before it reaches the public site: klarspråk and the
 * municipality's service policy (accessibility and staleness plug into the same gate).
 * Payload's plugin pattern: it appends to the host config and replaces nothing of its own.
 */
export const klarkoll =
  (options: KlarkollOptions) =>
  (incoming: Config): Config => {
    const settings = resolveSettings(options)
    const known = new Set((incoming.collections ?? []).map((collection) => collection.slug))
    const unknown = Object.keys(settings.collections).filter((slug) => !known.has(slug))
    if (unknown.length > 0) {
      throw new Error(
        `klarkoll: samlingen ${unknown.map((slug) => `"${slug}"`).join(', ')} finns inte i konfigurationen. ` +
          `Samlingar som finns: ${[...known].join(', ')}.`,
      )
    }
    const usersSlug = incoming.admin?.user ?? 'users'
    if (!options.staleness?.collections) {
      for (const collection of incoming.collections ?? []) {
        if (settings.collections[collection.slug] && hasDrafts(collection)) {
          settings.staleness.collections[collection.slug] = 12
        }
      }
    }
    for (const [slug, months] of Object.entries(presetReviewMonths(settings.rules))) {
      // A preset names the usual slugs; collections this project does not check are skipped.
      if (
        settings.collections[slug] &&
        options.staleness?.collections?.[slug as never] === undefined
      ) {
        settings.staleness.collections[slug] = months
      }
    }
    const notChecked = Object.keys(settings.staleness.collections).filter(
      (slug) => !settings.collections[slug],
    )
    if (notChecked.length > 0) {
      throw new Error(
        `klarkoll: staleness.collections nämner ${notChecked.map((s) => `"${s}"`).join(', ')}, ` +
          'som inte finns bland de samlingar som kontrolleras (collections).',
      )
    }
    return {
      ...incoming,
      bin: [
        ...(incoming.bin ?? []),
        ...cliScripts
          .map(([key, file]) => ({ key, scriptPath: cliPath(file) }))
          .filter(({ scriptPath }) => scriptPath),
      ],
      admin: {
        ...incoming.admin,
        components: {
          ...incoming.admin?.components,
          afterNavLinks: [
            ...(incoming.admin?.components?.afterNavLinks ?? []),
            '@klarkoll/payload-plugin/rsc#KlarkollNavLink',
          ],
          views: {
            ...incoming.admin?.components?.views,
            klarkoll: {
              Component: '@klarkoll/payload-plugin/rsc#KlarkollDashboard',
              path: '/klarkoll',
            },
          },
        },
      },
      collections: [
        ...(incoming.collections ?? []).map((collection) =>
          settings.collections[collection.slug]
            ? withGate(collection, settings, usersSlug)
            : collection,
        ),
        ...withOverrides(options.overrides, {
          auditRuns: auditRunsCollection(settings),
          claims: claimsCollection(),
          digests: digestsCollection(),
          issues: issuesCollection(settings, usersSlug),
          links: linksCollection(),
          overrides: auditCollection(settings, usersSlug),
          reviews: reviewsCollection(usersSlug, settings),
          snapshots: snapshotsCollection(),
        }),
      ],
      custom: { ...incoming.custom, klarkoll: settings },
      endpoints: [
        ...(incoming.endpoints ?? []),
        analyzeEndpoint(settings),
        checkEndpoint(
          settings,
          new Map(
            (incoming.collections ?? [])
              .filter((collection) => settings.collections[collection.slug])
              .map((collection) => [collection.slug, collection]),
          ),
        ),
        permissionsEndpoint(settings),
        reportCsvEndpoint(settings),
        scheduledFailuresEndpoint,
        statementEndpoint(settings),
        ...reviewEndpoints(settings),
        ...siteAuditEndpoints(settings),
        ...(settings.versions ? [coverageEndpoint(settings)] : []),
      ],
      hooks: {
        ...incoming.hooks,
        afterError: [...(incoming.hooks?.afterError ?? []), fieldErrorsKept],
      },
      globals: [
        ...(incoming.globals ?? []),
        overridden(statementGlobal(settings), options.overrides?.statement),
      ],
      i18n: withTranslations(incoming.i18n),
      jobs: {
        ...incoming.jobs,
        tasks: [
          ...(incoming.jobs?.tasks ?? []),
          // Each attempt runs on one instance only, however many work the queue.
          ...[pageCheckTask, linkCheckTask(settings), stalenessTask(settings), siteAuditTask].map(
            runOnceTask,
          ),
        ],
      },
    }
  }
