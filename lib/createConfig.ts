import { en } from '@payloadcms/translations/languages/en'
import { sv } from '@payloadcms/translations/languages/sv'
import { lexicalEditor } from '@payloadcms/richtext-lexical'
import path from 'node:path'
import { buildConfig, type Payload } from 'payload'
import sharp from 'sharp'

import { jobRunners } from '../access'
import { accessQuery } from './api/graphqlAccessQuery'
import { ContactDetails } from '../collections/ContactDetails'
import { unverifiedChannels } from '../collections/contactDetails/staleness'
import { EServices } from '../collections/EServices'
import { createMediaCollection } from '../collections/Media'
import { OpeningHours } from '../collections/OpeningHours'
import { openingHoursStaleness } from '../collections/openingHours/staleness'
import { Pages } from '../collections/Pages'
import { createUsersCollection } from '../collections/Users'
import { migrations as postgresMigrations } from '../migrations/postgres'
import { migrations as sqliteMigrations } from '../migrations/sqlite'
import { klarkoll, type LinkCheckOptions } from '@klarkoll/payload-plugin'
import { createDatabaseAdapter, parseDatabaseUri } from './database'
import { swedishAdmin } from './admin/swedishAdmin'
import { hardenSystemParts } from './hardenSystemParts'
import { keepRunningWhenDatabaseDrops } from './errors/keepRunningWhenDatabaseDrops'
import { swedishErrors } from './errors/swedishErrors'
import { inputGuard } from './inputGuard'
import { smtpEmail } from './email'
import { servicePolicyRules } from './servicePolicy/rules'
import { resolvePayloadSecret } from './secret'
import { pagePath, siteUrl, trustedOrigins } from './site'
import { textStates } from './textColors'

/**
 * Who gets escalations and the list of content without an owner: KLARKOLL_WEBTEAM_EMAIL
 * (comma-separated), or else every administrator.
 */
const webTeam =
  (env: Record<string, string | undefined>) =>
  async (payload: Payload): Promise<string[]> => {
    const listed = env.KLARKOLL_WEBTEAM_EMAIL?.split(',')
      .map((a) => a.trim())
      .filter(Boolean)
    if (listed?.length) return listed
    const { docs } = await payload.find({
      collection: 'users',
      depth: 0,
      overrideAccess: true,
      pagination: false,
      where: { role: { equals: 'administrator' } },
    })
    return docs.map((user) => user.email)
  }

/** Months between reviews (service-data research: hours and contacts 6, e-services and pages 12). */
const reviewMonths = {
  'contact-details': 6,
  'e-services': 12,
  'opening-hours': 6,
  pages: 12,
}

export type CreateConfigOptions = {
  /** DATABASE_URI; unset means the embedded SQLite file. */
  databaseUri?: string
  /** Where uploads are written. @default '<root>/media' */
  mediaDir?: string
  /** Log level; tests keep Payload quiet. @default 'info' */
  logLevel?: 'debug' | 'error' | 'fatal' | 'info' | 'warn'
  /** Push the schema without migrations; off means the committed migrations must be run. */
  push?: boolean
  /** Project root: relative paths are resolved against it. */
  rootDir: string
  /** Environment to read the secret from. @default process.env */
  env?: Record<string, string | undefined>
  /** Link-check settings on top of the defaults (tests: no waiting between retries). */
  linkCheck?: LinkCheckOptions
}

/**
 * Exempelkommun's Payload config; tests build it with their own database. Async, so that a bad
 * DATABASE_URI or a missing secret rejects the promise instead of throwing while ES modules are
 * still being evaluated (which can leave a dynamic import() of the config pending forever).
 */
export const createConfig = async ({
  databaseUri,
  env = process.env,
  linkCheck,
  logLevel,
  mediaDir,
  push,
  rootDir,
}: CreateConfigOptions) => {
  const target = parseDatabaseUri(databaseUri, rootDir)
  const origins = trustedOrigins(env)
  const Users = createUsersCollection({ secureCookies: env.NODE_ENV === 'production' })
  const config = await buildConfig({
    admin: {
      importMap: { baseDir: rootDir },
      // No Gravatar: it would send a hash of every editor's e-mail address to a third party.
      avatar: 'default',
      meta: { titleSuffix: ' – Exempelkommun' },
      user: Users.slug,
    },
    collections: [
      Pages,
      OpeningHours,
      ContactDetails,
      EServices,
      createMediaCollection(mediaDir ?? path.join(rootDir, 'media')),
      Users,
    ],
    // Browsers may call the API from these origins only, and a session cookie counts only when
    // the request comes from one of them (Payload's CSRF check).
    cors: origins,
    csrf: origins,
    db: createDatabaseAdapter(target, {
      migrations: { postgres: postgresMigrations, sqlite: sqliteMigrations },
      migrationsDir: path.join(rootDir, 'migrations'),
      push,
    }),
    editor: lexicalEditor(),
    // Size, depth and alias limits sit in front of the route (lib/api/graphqlRoute.ts); the schema
    // is not for strangers to explore in production.
    graphQL: {
      disableIntrospectionInProduction: true,
      disablePlaygroundInProduction: true,
      queries: accessQuery,
    },
    hooks: { afterError: [swedishErrors] },
    onInit: async (payload) => keepRunningWhenDatabaseDrops(payload),
    // Without SMTP_HOST: undefined, and Payload writes mail to the console.
    email: smtpEmail(env),
    i18n: {
      fallbackLanguage: 'sv',
      supportedLanguages: { sv, en },
    },
    ...(logLevel ? { logger: { options: { level: logLevel } } } : {}),
    localization: {
      defaultLocale: 'sv',
      fallback: true,
      locales: [
        { code: 'sv', label: { en: 'Swedish', sv: 'Svenska' } },
        { code: 'en', label: { en: 'English', sv: 'Engelska' } },
      ],
    },
    jobs: {
      access: { cancel: jobRunners, queue: jobRunners, run: jobRunners },
      // The klarkoll queue holds the rendered-page checks queued after each publish; the running
      // app works through it every minute. JOBS_AUTORUN=off leaves the queue to the run endpoint.
      autoRun: [{ cron: '* * * * *', limit: 5, queue: 'klarkoll' }],
      shouldAutoRun: () => env.JOBS_AUTORUN !== 'off',
      tasks: [],
    },
    plugins: [
      klarkoll({
        collections: ['pages', 'opening-hours', 'contact-details', 'e-services', 'media'],
        // The service-policy rules read this app's contact details, opening hours and e-services.
        customRules: servicePolicyRules,
        // Värmdö's promises (V1, V3, V5, V6, V8) as the example; LIX 55 and over ("svår") blocks.
        preset: 'varmdo',
        // Every public route is checked in the browser: the pages (the start page is one) and
        // e-services by document, the rest by address (the not-found page answers 404).
        publicRoutes: [
          '/kontakta-oss',
          '/e-tjanster',
          '/tillganglighetsredogorelse',
          { path: '/sidan-finns-inte', status: 404 },
        ],
        publicUrls: {
          'e-services': (doc) => (typeof doc.slug === 'string' ? `/e-tjanster/${doc.slug}` : null),
          pages: (doc) => pagePath(doc.slug),
        },
        rules: { 'klarsprak/lix': ['error', { max: 55 }] },
        links: {
          // Hosts on the municipality's own network that may be checked (SSRF protection
          // refuses internal addresses otherwise), comma-separated.
          allowHosts: env.KLARKOLL_LINK_ALLOW_HOSTS?.split(',')
            .map((h) => h.trim())
            .filter(Boolean),
          urlFields: { 'e-services': ['url'] },
          ...linkCheck,
        },
        siteUrl: siteUrl(env),
        staleness: {
          checks: {
            'contact-details': (doc, { today }) =>
              unverifiedChannels(doc, today, reviewMonths['contact-details']),
            'opening-hours': openingHoursStaleness({
              windowDays: Number(env.KLARKOLL_HOLIDAY_WINDOW_DAYS) || undefined,
            }),
          },
          collections: reviewMonths,
          digest: { webTeam: webTeam(env) },
        },
        textStates,
        // Exempelkommun is in the administrative area for Finnish (lag 2009:724). A publish of a
        // changed original marks its versions as behind; KLARKOLL_ORIGINAL_CHANGE=decide asks the
        // editor to decide for each version first.
        versions: {
          collections: ['pages'],
          onOriginalChange: env.KLARKOLL_ORIGINAL_CHANGE === 'decide' ? 'decide' : 'mark-stale',
          requiredLanguages: ['fi'],
        },
      }),
      // Last, so the plugin's collections are guarded and shown in Swedish too.
      inputGuard(),
      swedishAdmin(),
    ],
    secret: resolvePayloadSecret({ dataDir: path.join(rootDir, 'data'), env }),
    sharp,
    telemetry: false,
    typescript: {
      // Payload regenerates the types on every start outside production; under the tests that is
      // a process per test file, and a start with a MongoDB address rewrote them with string ids.
      autoGenerate: env.NODE_ENV !== 'test',
      outputFile: path.join(rootDir, 'payload-types.ts'),
    },
  })
  return hardenSystemParts(config)
}
