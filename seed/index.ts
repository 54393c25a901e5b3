import type { Payload } from 'payload'

import { randomBytes } from 'node:crypto'

import { toLocal } from '../lib/openingHours'
import { seedAccessibilityStatement } from './accessibilityStatement'
import { seedContext } from './context'
import { seedPages } from './pages'
import { seedServices, type ServicesSeedResult } from './services'

export type SeedOptions = {
  adminEmail?: string
  adminPassword?: string
  /** Only seed when the database has no users and no pages (used by `npm run dev`). */
  ifEmpty?: boolean
  /** The Stockholm date the demo's summer hours and Christmas exception are placed after. */
  today?: string
}

export type SeedResult = {
  admin: { created: boolean; email: string; generatedPassword?: string }
  pagesCreated: string[]
  pagesKept: string[]
  services: ServicesSeedResult
  skipped: boolean
}

export const defaultAdminEmail = 'admin@exempelkommun.se'

export { seedContext } from './context'

/**
 * Demo content for Exempelkommun: pages, opening hours, contact details and e-services.
 * Idempotent: documents are matched by slug or name and never overwritten,
 * so running it again (or after editors changed the pages) adds only what is missing.
 */
export const seed = async (payload: Payload, options: SeedOptions = {}): Promise<SeedResult> => {
  const email = (options.adminEmail ?? defaultAdminEmail).trim().toLowerCase()
  const result: SeedResult = {
    admin: { created: false, email },
    pagesCreated: [],
    pagesKept: [],
    services: { created: [], kept: [] },
    skipped: false,
  }

  if (options.ifEmpty) {
    const [users, pages] = await Promise.all([
      payload.count({ collection: 'users' }),
      payload.count({ collection: 'pages' }),
    ])
    if (users.totalDocs > 0 || pages.totalDocs > 0) {
      return { ...result, skipped: true }
    }
  }

  const existingAdmin = await payload.find({
    collection: 'users',
    limit: 1,
    where: { email: { equals: email } },
  })
  if (existingAdmin.totalDocs === 0) {
    const generatedPassword = options.adminPassword
      ? undefined
      : randomBytes(18).toString('base64url')
    await payload.create({
      collection: 'users',
      context: seedContext,
      data: {
        email,
        name: 'Administratör',
        password: options.adminPassword ?? generatedPassword!,
        role: 'administrator',
      },
    })
    result.admin = { created: true, email, generatedPassword }
  }
  const [adminUser] = (
    await payload.find({ collection: 'users', limit: 1, where: { email: { equals: email } } })
  ).docs

  const slugIds = new Map<string, number>()
  for (const page of seedPages) {
    const existing = await payload.find({
      collection: 'pages',
      draft: true,
      limit: 1,
      where: { slug: { equals: page.slug } },
    })
    if (existing.totalDocs > 0) {
      slugIds.set(page.slug, existing.docs[0]!.id)
      result.pagesKept.push(page.slug)
      continue
    }
    const original = page.version ? slugIds.get(page.version.of) : undefined
    const created = await payload.create({
      collection: 'pages',
      context: seedContext,
      data: {
        _status: page.status,
        body: page.body as never,
        contentOwner: adminUser?.id,
        generateSlug: false,
        ingress: page.ingress,
        languageVersion: page.version
          ? { language: page.version.language as never, original }
          : { language: 'sv', topic: (page.topic ?? null) as never },
        slug: page.slug,
        title: page.title,
      },
      draft: page.status === 'draft',
      locale: 'sv',
    })
    slugIds.set(page.slug, created.id)
    result.pagesCreated.push(page.slug)
  }
  const today = options.today ?? toLocal(new Date()).date
  result.services = await seedServices(payload, today, adminUser?.id)
  await seedAccessibilityStatement(payload, today, result.services)
  return result
}
