import type { CollectionSlug, Payload } from 'payload'

import type { ServicesSeedResult } from './services'

import { addDays } from '../lib/openingHours'
import { seedContext } from './context'

/** One known issue found in a manual review, approved, with an accessible alternative. */
const knownIssue = (today: string) => ({
  alternative:
    'Ring kontaktcenter på 0123-45 67 00 eller skicka e-post till kommun@exempelkommun.se, så gör vi felanmälan åt dig.',
  description:
    'I formuläret för felanmälan av gatubelysning visas fel bara med röd färg. Den som inte ser färger vet inte vilket fält som är fel.',
  review: 'godkand',
  situations: ['utan-fargseende', 'nedsatt-syn'],
  source: 'manuell',
  status: 'planerad',
  summary: 'Felanmälan av gatubelysning visar fel bara med färg',
  fixBy: addDays(today, 120),
  wcag: '1.4.1',
})

/**
 * Exempelkommun's tillgänglighetsredogörelse: the organisation's parts and one approved known
 * issue. Written once; an editor's changes are kept on later runs.
 */
export const seedAccessibilityStatement = async (
  payload: Payload,
  today: string,
  result: ServicesSeedResult,
): Promise<void> => {
  const statement = (await payload.findGlobal({
    slug: 'accessibility-statement',
    depth: 0,
  })) as { organisation?: null | string }
  if (statement.organisation) {
    result.kept.push('Tillgänglighetsredogörelse')
  } else {
    await payload.updateGlobal({
      slug: 'accessibility-statement',
      context: seedContext,
      data: {
        assessment: {
          assessedAt: today,
          description:
            'Vi har granskat webbplatsen själva med automatiska kontroller (axe-core och klarkoll) och manuellt med tangentbord och skärmläsare.',
          method: 'sjalvskattning',
        },
        exemptions: [
          {
            content: 'Protokoll och handlingar i PDF som publicerades före den 23 september 2018',
            ground: '9',
            reason:
              'Dokumenten behövs inte för pågående administrativa processer. Vill du ha ett dokument i tillgänglig form kan du be oss om det.',
          },
        ],
        feedback: {
          email: 'tillganglighet@exempelkommun.se',
          phone: '0123-45 67 00',
          responseTime: 'Vi svarar inom två arbetsdagar.',
        },
        organisation: 'Exempelkommun',
        preparedAt: today,
        reviewedAt: today,
        websites: [{ name: 'Exempelkommun.se', url: 'https://www.exempelkommun.se' }],
      },
    })
    result.created.push('Tillgänglighetsredogörelse')
  }
  const issue = knownIssue(today)
  const existing = await payload.count({
    collection: 'accessibility-issues' as CollectionSlug,
    where: { summary: { equals: issue.summary } },
  })
  if (existing.totalDocs > 0) {
    result.kept.push(issue.summary)
    return
  }
  await payload.create({
    collection: 'accessibility-issues' as CollectionSlug,
    context: seedContext,
    data: issue as never,
  })
  result.created.push(issue.summary)
}
