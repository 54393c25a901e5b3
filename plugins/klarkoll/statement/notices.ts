import type { CollectionSlug, Payload } from 'payload'

import { isoDay, reviewOverdue } from './review'
import { slugsOf } from '../slugs'

export type StatementNotice = {
  /** Admin path (below the admin route) where the editor fixes it. */
  href: string
  kind: 'overdue-fixes' | 'proposals' | 'review'
  message: string
}

/**
 * What the dashboard warns about for the accessibility statement: the yearly review, automated
 * findings waiting for an editor's decision, and planned fixes whose date has passed.
 */
export const statementNotices = async (
  payload: Payload,
  today: string,
): Promise<StatementNotice[]> => {
  const notices: StatementNotice[] = []
  const statement = (await payload.findGlobal({
    slug: slugsOf(payload).statement as never,
    depth: 0,
    overrideAccess: true,
  })) as { organisation?: null | string; reviewedAt?: null | string }
  if (!statement?.organisation) {
    notices.push({
      href: `/globals/${slugsOf(payload).statement}`,
      kind: 'review',
      message:
        'Tillgänglighetsredogörelsen är inte ifylld. Lagen kräver en redogörelse på webbplatsen.',
    })
  } else if (reviewOverdue(statement.reviewedAt, today)) {
    notices.push({
      href: `/globals/${slugsOf(payload).statement}`,
      kind: 'review',
      message: `Tillgänglighetsredogörelsen granskades senast ${
        isoDay(statement.reviewedAt) ?? 'aldrig'
      }. Den ska granskas minst en gång om året.`,
    })
  }
  const proposals = await payload.count({
    collection: slugsOf(payload).issues as CollectionSlug,
    overrideAccess: true,
    where: { review: { equals: 'forslag' } },
  })
  if (proposals.totalDocs > 0) {
    notices.push({
      href: `/collections/${slugsOf(payload).issues}?where[review][equals]=forslag`,
      kind: 'proposals',
      message: `${proposals.totalDocs} ${
        proposals.totalDocs === 1 ? 'brist' : 'brister'
      } från de automatiska kontrollerna väntar på granskning innan de kan stå i tillgänglighetsredogörelsen.`,
    })
  }
  const overdue = await payload.count({
    collection: slugsOf(payload).issues as CollectionSlug,
    overrideAccess: true,
    where: {
      and: [
        { review: { equals: 'godkand' } },
        { status: { equals: 'planerad' } },
        { fixBy: { less_than: `${today}T00:00:00.000Z` } },
      ],
    },
  })
  if (overdue.totalDocs > 0) {
    notices.push({
      href: `/collections/${slugsOf(payload).issues}?where[status][equals]=planerad`,
      kind: 'overdue-fixes',
      message: `${overdue.totalDocs} ${
        overdue.totalDocs === 1 ? 'planerad åtgärd' : 'planerade åtgärder'
      } i tillgänglighetsredogörelsen har passerat sitt datum.`,
    })
  }
  return notices
}
