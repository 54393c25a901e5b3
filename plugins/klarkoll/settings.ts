import { createHash } from 'node:crypto'

import type { RuleSettings } from './analysis/config'
import type {
  CheckedCollection,
  KlarkollOptions,
  KlarkollRule,
  RuleSets,
  KlarkollSettings,
  KlarkollUser,
  PublicUrl,
  StalenessCheck,
} from './types'
import { resolveLinkOptions } from './links/types'

import { axeRule } from './a11y/axe'
import { a11yRules } from './a11y/rules'
import { resolveRules, RuleConfigError } from './analysis/config'
import { klarsprakRules } from './analysis/rules'
import { stalenessRules } from './staleness/rules'
import { resolveVersions } from './versions/settings'
import { linkRules } from './links/findings'
import { chromiumLaunchOptions } from './pages/browser'
import { resolvePreset } from './presets'
import { settingSources } from './settingSources'
import { defaultSlugs, type KlarkollSlugs } from './slugs'

/** Raised when the engine's own rules or messages change in a way that changes results. */
export const engineVersion = '1'

const namespaces = ['a11y/', 'klarsprak/', 'links/', 'policy/', 'stale/']

/** The user's roles; null when the project's users have no `role` or `roles` at all. */
const rolesOf = (user: KlarkollUser): null | string[] => {
  const u = user as { role?: unknown; roles?: unknown } | null | undefined
  if (!u) return []
  if (Array.isArray(u.roles)) return u.roles.filter((r): r is string => typeof r === 'string')
  if (typeof u.role === 'string') return [u.role]
  return 'role' in u || 'roles' in u ? [] : null
}

/**
 * Kommunikatörer and administratörer, where users have a `role` or `roles`; in a project whose
 * users have neither, every signed-in user (the host says otherwise with the access options).
 */
export const communicatorOrAdmin = (user: KlarkollUser): boolean => {
  const roles = rolesOf(user)
  return roles === null || roles.some((role) => role === 'kommunikator' || role === 'administrator')
}

/** Administratörer, where users have a `role` or `roles`; otherwise every signed-in user. */
export const administrator = (user: KlarkollUser): boolean => {
  const roles = rolesOf(user)
  return roles === null || roles.includes('administrator')
}

const prefixes = { klarsprak: 'klarsprak/', policy: 'policy/', staleness: 'stale/' } as const

/** The plugin's rules with the site's own, each where its area says. */
export const ruleSetsWith = (custom: KlarkollRule[] = []): RuleSets => {
  const sets: RuleSets = {
    klarsprak: [...klarsprakRules],
    policy: [],
    staleness: [...stalenessRules],
  }
  const ids = new Set([...sets.klarsprak, ...sets.staleness].map((rule) => rule.id))
  for (const rule of custom) {
    const area = rule?.area as string
    if (area !== 'klarsprak' && area !== 'policy' && area !== 'staleness') {
      throw new RuleConfigError(
        `Regeln "${String(rule?.id)}" har området "${area}". En webbplats kan lägga till regler för klarsprak, policy och staleness.`,
      )
    }
    const prefix = prefixes[area]
    if (typeof rule.id !== 'string' || !rule.id.startsWith(prefix) || rule.id === prefix) {
      throw new RuleConfigError(
        `Regeln "${String(rule.id)}" ska ha ett id som börjar med ${prefix}, som "${prefix}min-regel".`,
      )
    }
    if (ids.has(rule.id)) {
      throw new RuleConfigError(`Det finns redan en regel med id "${rule.id}".`)
    }
    if (typeof rule.check !== 'function' || !rule.defaultOptions || !rule.defaultSeverity) {
      throw new RuleConfigError(
        `Regeln "${rule.id}" saknar check, defaultOptions eller defaultSeverity. Skapa den med defineRule, definePolicyRule eller defineStalenessRule.`,
      )
    }
    ids.add(rule.id)
    ;(sets[area] as KlarkollRule[]).push(rule)
  }
  return sets
}

/**
 * The presets carry the service-policy promises of real municipalities as `policy/` settings; the
 * rules that check them read a site's own contact data, so the site adds them. Settings for such
 * rules it has not added are left out; every other setting must name a rule.
 */
const withoutAbsentPolicyRules = (settings: RuleSettings, sets: RuleSets): RuleSettings => {
  const present = new Set(sets.policy.map((rule) => rule.id))
  return Object.fromEntries(
    Object.entries(settings).filter(([id]) => !id.startsWith('policy/') || present.has(id)),
  )
}

/** Every rule of the site, in the order the dashboard lists them. */
export const allRules = (sets: RuleSets) => [
  ...sets.klarsprak,
  ...sets.policy,
  ...a11yRules,
  axeRule,
  ...sets.staleness,
  ...linkRules,
]

/** Every setting must name a rule that exists, with a valid level and options. */
const validate = (rules: RuleSettings, sets: RuleSets) => {
  for (const id of Object.keys(rules)) {
    if (!namespaces.some((ns) => id.startsWith(ns))) {
      throw new RuleConfigError(
        `Okänd regel "${id}". Regel-id börjar med ${namespaces.join(' eller ')}.`,
      )
    }
  }
  resolveRules(sets.klarsprak, rules, 'klarsprak/')
  resolveRules(sets.policy, rules, 'policy/')
  resolveRules([...a11yRules, axeRule], rules, 'a11y/')
  resolveRules(sets.staleness, rules, 'stale/')
  resolveRules(linkRules, rules, 'links/')
}

/** The slugs with the site's renames; an override of something klarkoll does not add is an error. */
const slugsWith = (overrides: KlarkollOptions['overrides'] = {}): KlarkollSlugs => {
  const slugs: KlarkollSlugs = { ...defaultSlugs }
  for (const [name, override] of Object.entries(overrides)) {
    if (!(name in defaultSlugs)) {
      throw new RuleConfigError(
        `klarkoll: overrides.${name} finns inte. Det som kan ändras: ${Object.keys(defaultSlugs).join(', ')}. ` +
          `/ klarkoll: overrides.${name} does not exist.`,
      )
    }
    if (override?.slug !== undefined) {
      if (typeof override.slug !== 'string' || !/^[a-z0-9][a-z0-9-]*$/u.test(override.slug)) {
        throw new RuleConfigError(
          `klarkoll: overrides.${name}.slug ska bestå av små bokstäver a–z, siffror och bindestreck, inte ${JSON.stringify(override.slug)}.`,
        )
      }
      slugs[name as keyof KlarkollSlugs] = override.slug
    }
  }
  return slugs
}

export const resolveSettings = (options: KlarkollOptions): KlarkollSettings => {
  const collections: Record<string, CheckedCollection> = {}
  const listed = options?.collections
  if (!listed || (Array.isArray(listed) ? listed : Object.keys(listed)).length === 0) {
    throw new RuleConfigError(
      "klarkoll: ange vilka samlingar som ska granskas, till exempel klarkoll({ collections: ['pages'] }). " +
        "/ klarkoll: name the collections to check, e.g. klarkoll({ collections: ['pages'] }).",
    )
  }
  if (Array.isArray(listed)) {
    for (const slug of listed) collections[slug] = {}
  } else {
    for (const [slug, value] of Object.entries(listed)) {
      if (value) collections[slug] = value === true ? {} : value
    }
  }
  const preset = options.preset ?? 'standard'
  let rules: RuleSettings
  let ruleSets: RuleSets
  let ruleSources: KlarkollSettings['ruleSources']
  let versions: KlarkollSettings['versions']
  try {
    ruleSets = ruleSetsWith(options.customRules)
    rules = { ...withoutAbsentPolicyRules(resolvePreset(preset), ruleSets), ...options.rules }
    const siteLayers = [{ label: 'webbplatsens inställning', rules: options.rules ?? {} }]
    // The digest's "due soon" is the review-due rule's window: one place decides for the panel,
    // the dashboard and the mail.
    const dueSoonDays = options.staleness?.digest?.dueSoonDays
    if (dueSoonDays !== undefined && rules['stale/review-due'] === undefined) {
      rules['stale/review-due'] = ['info', { soonDays: dueSoonDays }]
      siteLayers.push({
        label: 'webbplatsens inställning för påminnelserna',
        rules: { 'stale/review-due': rules['stale/review-due'] },
      })
    }
    validate(rules, ruleSets)
    versions = resolveVersions(options.versions, collections, rules)
    if (versions) validate(versions.lattlastRules, ruleSets)
    const present = new Set(ruleSets.policy.map((rule) => rule.id))
    ruleSources = settingSources(
      preset,
      siteLayers,
      (id) => !id.startsWith('policy/') || present.has(id),
    )
  } catch (error) {
    if (error instanceof RuleConfigError) {
      throw new RuleConfigError(`klarkoll: ${error.message}`)
    }
    throw error
  }
  return {
    canApprove: options.canApprove ?? communicatorOrAdmin,
    canOverride: options.canOverride ?? communicatorOrAdmin,
    canReadAudit: options.canReadAudit ?? communicatorOrAdmin,
    canRunSiteAudit: options.canRunSiteAudit ?? communicatorOrAdmin,
    canSeeEmails: options.canSeeEmails ?? administrator,
    collections,
    enabled: options.enabled !== false,
    preset: typeof preset === 'string' ? preset : preset.name,
    publicRoutes: (options.publicRoutes ?? []).map((route) =>
      typeof route === 'string' ? { path: route, status: 200 } : { status: 200, ...route },
    ),
    publicUrls: (options.publicUrls ?? {}) as Record<string, PublicUrl>,
    siteUrl: options.siteUrl ?? process.env.SITE_URL,
    chromiumPath: options.chromiumPath ?? chromiumLaunchOptions.executablePath,
    jobs: {
      queue: options.jobs?.queue ?? 'klarkoll',
      schedule: options.jobs?.schedule ?? '0 3 * * *',
    },
    links: {
      // Resolved once: the checker keeps one connection pool per resolved option set.
      check: resolveLinkOptions(options.links),
      urlFields: (options.links?.urlFields ?? {}) as Record<string, string[]>,
    },
    staleness: {
      checks: (options.staleness?.checks ?? {}) as Record<string, StalenessCheck>,
      // Filled in by the plugin from the host's collections when not given (drafts, 12 months).
      collections: { ...options.staleness?.collections } as Record<string, number>,
      digest: {
        dueSoonDays: 14,
        escalateAfterDays: 30,
        remindEveryDays: 7,
        webTeam: [],
        ...options.staleness?.digest,
      },
    },
    textStates: options.textStates,
    versions,
    rules,
    ruleSets,
    ruleSources,
    slugs: slugsWith(options.overrides),
    // The site's rules are part of the verdict: adding one changes what a stored report means.
    rulesVersion: createHash('sha256')
      .update(
        `${engineVersion}:${JSON.stringify(rules)}:${JSON.stringify(versions?.lattlastRules ?? null)}:${(options.customRules ?? []).map((r) => r.id).join()}`,
      )
      .digest('hex')
      .slice(0, 12),
  }
}
