import type {
  CollectionConfig,
  CollectionSlug,
  Field,
  GlobalConfig,
  Payload,
  PayloadRequest,
} from 'payload'

import type { SettingSource } from './settingSources'
import type { RuleSettings } from './analysis/config'
import type { Rule } from './analysis/rule'
import type { PolicyRule } from './policy/rule'
import type { StalenessRule } from './staleness/rule'
import type { Severity } from './analysis/types'
import type { LinkCheckOptions, ResolvedLinkCheckOptions } from './links/types'
import type { Preset, PresetName } from './presets'
import type { KlarkollSlugs } from './slugs'

export type CheckedCollection = {
  /**
   * Field paths to check (`*` for array rows: `whatToHaveReady.*.item`).
   * @default every text, textarea and richText field
   */
  fields?: string[]
  /**
   * The field whose text is the ingress (the ingress rule asks for one; LIX reads it as prose);
   * false: the collection has none.
   * @default 'ingress' when the collection has a text field of that name
   */
  ingressField?: false | string
}

export type KlarkollUser = PayloadRequest['user']

/** The `state` given to Payload's TextStateFeature: `{ color: { red: { css: { color: '#c00' } } } }`. */
export type TextStates = Record<
  string,
  Record<string, { css: Record<string, unknown>; label?: string }>
>

/** A finding of a host's own staleness check, e.g. a missing holiday decision in opening hours. */
export type StalenessFinding = {
  message: string
  path: string
  /** Under `stale/`, e.g. 'stale/holiday-decision'. */
  ruleId: string
  severity: Severity
}

/** The host's check of whether a document of one of its collections is current. */
export type StalenessCheck = (
  doc: Record<string, unknown>,
  context: { req: PayloadRequest; today: string },
) => Promise<StalenessFinding[]> | StalenessFinding[]

export type StalenessOptions = {
  /**
   * Collections under review, with months between reviews. Each gets a content owner, review
   * dates, an expiry date and the "Markera som granskad" action.
   * @default every checked collection with drafts, 12 months
   */
  collections?: Partial<Record<CollectionSlug, number>>
  /** The host's own checks per collection; findings show in the gate, panel and dashboard. */
  checks?: Partial<Record<CollectionSlug, StalenessCheck>>
  /** The nightly digest mail. */
  digest?: Partial<StalenessDigest>
}

export type StalenessDigest = {
  /**
   * A review this close is "due soon" in the digest, the dashboard and the panel: the
   * `stale/review-due` rule's `soonDays`, unless the rules set it. @default 14
   */
  dueSoonDays: number
  /** Days overdue before the web team hears about a document. @default 30 */
  escalateAfterDays: number
  /** Resend unchanged items after this many days. @default 7 */
  remindEveryDays: number
  /** The web team's addresses (escalations, documents without an owner). @default none */
  webTeam: ((payload: Payload) => Promise<string[]>) | string[]
}

/**
 * A rule a site adds with `defineRule` (klarspråk: on the text), `definePolicyRule` (on a
 * document's data, e.g. the promises of a service policy) or `defineStalenessRule`. Its id starts
 * with its area's prefix: `klarsprak/`, `policy/` or `stale/`.
 */
export type KlarkollRule = PolicyRule<{ collection: string }> | Rule | StalenessRule

/**
 * Changes to a collection klarkoll adds, as @payloadcms/plugin-form-builder's `formOverrides`:
 * another slug, labels, admin options, access, hooks, or fields built from klarkoll's own.
 */
export type CollectionOverride = {
  access?: CollectionConfig['access']
  admin?: CollectionConfig['admin']
  fields?: (args: { defaultFields: Field[] }) => Field[]
  hooks?: CollectionConfig['hooks']
  labels?: CollectionConfig['labels']
  slug?: string
}

/** Changes to the accessibility statement global klarkoll adds. */
export type GlobalOverride = {
  access?: GlobalConfig['access']
  admin?: GlobalConfig['admin']
  fields?: (args: { defaultFields: Field[] }) => Field[]
  hooks?: GlobalConfig['hooks']
  label?: GlobalConfig['label']
  slug?: string
}

export type KlarkollOverrides = Partial<
  Record<Exclude<keyof KlarkollSlugs, 'statement'>, CollectionOverride>
> & { statement?: GlobalOverride }

/** Every rule in use, the plugin's and the site's. */
export type RuleSets = {
  klarsprak: Rule[]
  policy: PolicyRule<{ collection: string }>[]
  staleness: StalenessRule[]
}

export type PublicUrl = (doc: Record<string, unknown>) => null | string | undefined

export type VersionsOptions = {
  /** Collections whose documents can have lättläst and minority-language versions. */
  collections: CollectionSlug[]
  /**
   * The minority languages the municipality must serve (its förvaltningsområden), by version
   * code: `['fi']`. The minority-rights page must exist in each. @default []
   */
  requiredLanguages?: string[]
  /** Topics that must have a lättläst version. @default R12's: om-kommunen, rattigheter, kontakta-oss */
  lattlastTopics?: string[]
  /** Settings on top of the `lattlast` preset's for lättläst versions: `{ 'klarsprak/lix': ['error', { max: 25 }] }`. */
  lattlastRules?: RuleSettings
  /**
   * What publishing an original whose text changed does to its published versions: mark them
   * as behind (the panel, dashboard and digest say so), or ask the editor to decide for each
   * (update, still valid, unpublish) before the publish goes through. @default 'mark-stale'
   */
  onOriginalChange?: 'decide' | 'mark-stale'
  /**
   * A page whose text is in another language than it says (a "Finnish" page in Swedish), found
   * with franc where it knows the language. @default 'error'
   */
  languageCheck?: 'off' | Severity
}

/** The resolved `versions` option. */
export type VersionSettings = {
  collections: string[]
  languageCheck: 'off' | Severity
  lattlastRules: RuleSettings
  lattlastTopics: string[]
  onOriginalChange: 'decide' | 'mark-stale'
  requiredLanguages: string[]
}

/** A fixed address of the public site: '/kontakta-oss', or with the status it answers with. */
export type PublicRoute = string | { path: string; status?: number }

export type KlarkollOptions = {
  /**
   * Collections whose texts are checked before publishing: slugs, or slugs with options.
   * Required: klarkoll assumes no collection of its own.
   */
  collections: CollectionSlug[] | Partial<Record<CollectionSlug, CheckedCollection | true>>
  /**
   * Turns the checks off while keeping the plugin's fields, so the database schema stays the same.
   * @default true
   */
  enabled?: boolean
  /**
   * Who may publish despite errors by giving a reason.
   * @default role kommunikator or administrator; every signed-in user where users have no role
   */
  canOverride?: (user: KlarkollUser) => boolean
  /**
   * Who may read the override audit log.
   * @default role kommunikator or administrator; every signed-in user where users have no role
   */
  canReadAudit?: (user: KlarkollUser) => boolean
  /**
   * Who may start "Granska hela webbplatsen" on the dashboard (every document checked again).
   * @default role kommunikator or administrator; every signed-in user where users have no role
   */
  canRunSiteAudit?: (user: KlarkollUser) => boolean
  /**
   * Who may see staff e-mail addresses in review logs; others see names.
   * @default role administrator; every signed-in user where users have no role
   */
  canSeeEmails?: (user: KlarkollUser) => boolean
  /**
   * Who may edit the accessibility statement and approve known issues for it.
   * @default role kommunikator or administrator; every signed-in user where users have no role
   */
  canApprove?: (user: KlarkollUser) => boolean
  /**
   * Where the public site shows a document, per collection: a path ('/bygglov') or a full URL, or
   * null when the document has no page. Used to open published pages in a browser for the
   * rendered-page check and to link affected pages from the accessibility statement.
   */
  publicUrls?: Partial<Record<CollectionSlug, PublicUrl>>
  /**
   * Addresses of the public site that no single document stands behind, checked in the browser
   * with the documents (start page, lists, the statement): a path, or a path with the status it
   * should answer with (`{ path: '/sidan-finns-inte', status: 404 }` for the not-found page).
   * @default []
   */
  publicRoutes?: PublicRoute[]
  /** The public site's origin for the rendered-page check. @default process.env.SITE_URL */
  siteUrl?: string
  /**
   * The Chromium the rendered-page check starts (Playwright cannot always download its own).
   * @default process.env.CHROMIUM_PATH, else '/usr/bin/chromium'
   */
  chromiumPath?: string
  /** The TextStateFeature states the site renders as inline styles, so the checks see them too. */
  textStates?: TextStates
  /** The nightly jobs (link check, staleness scan and reminders). */
  jobs?: {
    /** The queue they are scheduled on; the host's runner must run it. @default 'klarkoll' */
    queue?: string
    /** When they are scheduled (cron, Europe/Stockholm is not assumed: server time). @default '0 3 * * *'; false: never */
    schedule?: false | string
  }
  /** The link check: politeness, timeouts, SSRF allowances, and URL fields per collection. */
  links?: LinkCheckOptions & {
    /** Fields holding a URL of their own, e.g. `{ 'e-services': ['url'] }`. Rich-text links are always checked. */
    urlFields?: Partial<Record<CollectionSlug, string[]>>
  }
  /** Owners, review dates and expiry (DIGG webbriktlinjer R21, R23, R26). */
  staleness?: StalenessOptions
  /** Lättläst and minority-language versions of pages, paired with their originals. */
  versions?: VersionsOptions
  /** The service policy the settings start from. @default 'standard' */
  preset?: Preset | PresetName
  /** ESLint-style settings on top of the preset: `{ 'klarsprak/lix': ['error', { max: 40 }] }`. */
  rules?: RuleSettings
  /**
   * The site's own rules, run with the plugin's by the gate, panel, audit and dashboard. Presets
   * set `policy/` rules of the example app's service data (policy/min-channels…); such settings
   * apply when a rule with that id is added here and are left out otherwise.
   */
  customRules?: KlarkollRule[]
  /**
   * Renames and changes the collections and global klarkoll adds: `{ reviews: { slug:
   * 'granskningar', admin: { group: 'Innehåll' } } }`. Names: overrides (the override log),
   * snapshots, issues, reviews, links, digests, claims; statement (the global).
   */
  overrides?: KlarkollOverrides
}

/** What the plugin keeps on `config.custom.klarkoll` for its hooks, endpoints and admin views. */
export type KlarkollSettings = {
  canApprove: (user: KlarkollUser) => boolean
  canOverride: (user: KlarkollUser) => boolean
  canReadAudit: (user: KlarkollUser) => boolean
  canRunSiteAudit: (user: KlarkollUser) => boolean
  canSeeEmails: (user: KlarkollUser) => boolean
  collections: Record<string, CheckedCollection>
  enabled: boolean
  preset: string
  publicRoutes: Array<{ path: string; status: number }>
  publicUrls: Record<string, PublicUrl>
  siteUrl?: string
  chromiumPath: string
  jobs: { queue: string; schedule: false | string }
  links: { check: ResolvedLinkCheckOptions; urlFields: Record<string, string[]> }
  staleness: {
    checks: Record<string, StalenessCheck>
    collections: Record<string, number>
    digest: StalenessDigest
  }
  textStates?: TextStates
  /** Lättläst and language versions; null without the option. */
  versions: null | VersionSettings
  /** The preset's settings with the project's own on top. */
  rules: RuleSettings
  /** Who set each rule, base first: the presets of the chain, then the site (the dashboard shows it). */
  ruleSources: Record<string, SettingSource[]>
  /** The slugs of the collections and global klarkoll adds, as the site named them. */
  slugs: KlarkollSlugs
  /** The plugin's rules with the site's own. */
  ruleSets: RuleSets
  /** Changes whenever the rule settings or the engine change: stored with every report. */
  rulesVersion: string
}
