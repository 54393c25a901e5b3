import type { CollectionSlug, Payload } from 'payload'

import type { StaleItem, StaleKind } from './scan'

import { slugsOf } from '../slugs'

export type DigestOptions = {
  /** Link target for each document: the admin URL. */
  adminUrl: string
  /** Days overdue before the web team hears about a document. */
  escalateAfterDays: number
  /** Resend the same items after this many days if nothing is new. */
  remindEveryDays: number
  /** Who the web team is; empty: no escalation mail. */
  webTeam: string[]
}

export type DigestSummary = { sent: Array<{ items: number; to: string }>; skipped: number }

const headings: Record<StaleKind, string> = {
  'broken-link': 'Trasiga länkar',
  'due-soon': 'Ska granskas inom kort',
  expired: 'Slutdatum som passerats',
  holiday: 'Öppettider som saknar besked för helgdagar',
  'no-owner': 'Innehåll utan innehållsansvarig',
  overdue: 'Försenade granskningar',
  'version-behind': 'Lättlästa och översatta versioner som inte följer originalet',
}
const order: StaleKind[] = [
  'overdue',
  'expired',
  'version-behind',
  'broken-link',
  'holiday',
  'due-soon',
  'no-owner',
]

const escapeHtml = (text: string) =>
  text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;')

const compose = (name: string, items: StaleItem[], adminUrl: string) => {
  const overdue = items.filter((i) => i.kind === 'overdue').length
  const subject =
    `Klarkoll: ${items.length} ${items.length === 1 ? 'sak' : 'saker'} att se över` +
    (overdue === 1
      ? ' (1 granskning försenad)'
      : overdue > 1
        ? ` (${overdue} granskningar försenade)`
        : '')
  const link = (i: StaleItem) => `${adminUrl}/collections/${i.collection}/${i.id}`
  const groups = order
    .map((kind) => [kind, items.filter((i) => i.kind === kind)] as const)
    .filter(([, list]) => list.length > 0)
  const text = [
    `Hej ${name}!`,
    '',
    'Det här behöver ses över på webbplatsen. När du har kontrollerat en sida, klicka på "Markera som granskad" i sidans sidofält.',
    ...groups.flatMap(([kind, list]) => [
      '',
      `${headings[kind]} (${list.length})`,
      ...list.map((i) => `- ${i.title}: ${i.detail}\n  ${link(i)}`),
    ]),
    '',
    'Det här är en sammanfattning från Klarkoll. Du får den när något nytt har tillkommit, och som påminnelse så länge något är kvar.',
  ].join('\n')
  const html = [
    `<p>Hej ${escapeHtml(name)}!</p>`,
    '<p>Det här behöver ses över på webbplatsen. När du har kontrollerat en sida, klicka på ”Markera som granskad” i sidans sidofält.</p>',
    ...groups.map(
      ([kind, list]) =>
        `<h2>${headings[kind]} (${list.length})</h2><ul>${list
          .map(
            (i) =>
              `<li><a href="${escapeHtml(link(i))}">${escapeHtml(i.title)}</a>: ${escapeHtml(i.detail)}</li>`,
          )
          .join('')}</ul>`,
    ),
  ].join('\n')
  return { html: `<!doctype html><html lang="sv"><body>${html}</body></html>`, subject, text }
}

const lastDigest = async (payload: Payload, recipient: string) => {
  const { docs } = await payload.find({
    collection: slugsOf(payload).digests as CollectionSlug,
    depth: 0,
    limit: 1,
    overrideAccess: true,
    sort: '-createdAt',
    where: { recipient: { equals: recipient } },
  })
  return docs[0] as unknown as { createdAt: string; keys?: string[] } | undefined
}

/**
 * One digest per owner (not one per document) and one to the web team (documents long overdue,
 * documents without an owner). Sent only when something is new or the last one is older than
 * the reminder interval, so running the job twice sends nothing twice; documents reviewed since
 * are simply no longer among the items.
 */
export const sendDigests = async (
  payload: Payload,
  items: StaleItem[],
  options: DigestOptions,
  now = new Date(),
): Promise<DigestSummary> => {
  const summary: DigestSummary = { sent: [], skipped: 0 }
  const byOwner = new Map<string, StaleItem[]>()
  for (const item of items) {
    if (!item.ownerId || item.kind === 'no-owner') continue
    byOwner.set(item.ownerId, [...(byOwner.get(item.ownerId) ?? []), item])
  }
  const usersSlug = (payload.config.admin.user ?? 'users') as CollectionSlug
  const mails: Array<{ items: StaleItem[]; name: string; recipient: string; to: string }> = []
  for (const [ownerId, list] of byOwner) {
    const user = (await payload.findByID({
      collection: usersSlug,
      depth: 0,
      disableErrors: true,
      id: ownerId,
      overrideAccess: true,
    })) as { email?: string; name?: string } | null
    if (!user?.email) continue
    mails.push({
      items: list,
      name: user.name || user.email,
      recipient: user.email,
      to: user.email,
    })
  }
  const escalated = items.filter(
    (i) =>
      i.kind === 'no-owner' ||
      (i.kind === 'overdue' && (i.daysOverdue ?? 0) >= options.escalateAfterDays),
  )
  if (options.webTeam.length > 0 && escalated.length > 0) {
    mails.push({
      items: escalated,
      name: 'webbredaktionen',
      recipient: 'webbteam',
      to: options.webTeam.join(', '),
    })
  }
  for (const mail of mails) {
    const keys = [...new Set(mail.items.map((i) => i.key))].sort()
    const last = await lastDigest(payload, mail.recipient)
    const known = new Set(last?.keys ?? [])
    const news = keys.some((k) => !known.has(k))
    const age = last ? (now.getTime() - new Date(last.createdAt).getTime()) / 86_400_000 : Infinity
    if (!news && age < options.remindEveryDays) {
      summary.skipped++
      continue
    }
    const { html, subject, text } = compose(mail.name, mail.items, options.adminUrl)
    await payload.sendEmail({ html, subject, text, to: mail.to })
    await payload.create({
      collection: slugsOf(payload).digests as CollectionSlug,
      data: { itemCount: mail.items.length, keys, recipient: mail.recipient, subject } as never,
      overrideAccess: true,
    })
    summary.sent.push({ items: mail.items.length, to: mail.to })
  }
  return summary
}
