import { afterAll, beforeAll, expect, test } from '@jest/globals'

import type { KlarkollSettings } from '../../plugins/klarkoll'

import { runAudit } from '../../plugins/klarkoll/audit/runAudit'
import { recentSnapshots } from '../../plugins/klarkoll/dashboard/snapshots'
import { resolvePreset } from '../../plugins/klarkoll/presets'
import { doc, paragraph } from '../../seed/lexical'
import { startTestPayload, type TestPayload } from '../helpers/payload'

let t: TestPayload
// LIX about 45: passes the site's limit of 55, fails Helsingborg's 40.
const medium =
  'Förskolan erbjuder pedagogisk verksamhet för barn mellan ett och fem år. Barnen leker, lär sig och vilar. Personalen planerar verksamheten tillsammans med föräldrarna. Maten lagas i förskolans kök varje dag. Förskolan har öppet från sex på morgonen till sex på kvällen.'

beforeAll(async () => {
  t = await startTestPayload()
})
afterAll(async () => {
  await t?.stop()
})

test('after a policy change the audit re-checks every document and stores the new reports', async () => {
  const page = await t.payload.create({
    collection: 'pages',
    data: { _status: 'published', body: doc(paragraph(medium)), title: 'Förskola' } as never,
  })
  expect(page.klarkoll?.status).not.toBe('blocked')
  const versionsBefore = (await t.payload.countVersions({ collection: 'pages' })).totalDocs

  const settings = t.payload.config.custom.klarkoll as KlarkollSettings
  const before = settings.rules
  settings.rules = resolvePreset('helsingborg')
  try {
    const progress: number[] = []
    const summary = await runAudit(t.payload, {
      batchSize: 2,
      onProgress: (done) => progress.push(done),
      workers: 2,
    })
    expect(summary.workers).toBe(2)
    expect(summary.documents).toBeGreaterThanOrEqual(1)
    expect(progress.at(-1)).toBe(summary.documents)
    expect(summary.collections.find((c) => c.collection === 'pages')).toMatchObject({
      blocked: 1,
      documents: 1,
    })
  } finally {
    settings.rules = before
  }
  const after = await t.payload.findByID({ collection: 'pages', id: page.id })
  // Only the report is written: the editor's text and status are untouched.
  expect(after).toMatchObject({
    _status: 'published',
    body: page.body,
    slug: page.slug,
    title: 'Förskola',
  })
  expect(after.klarkoll).toMatchObject({
    report: {
      findings: expect.arrayContaining([
        expect.objectContaining({ ruleId: 'klarsprak/lix', severity: 'error' }),
      ]),
    },
    status: 'blocked',
  })
  // Written straight to the document: no new versions, no hooks.
  expect((await t.payload.countVersions({ collection: 'pages' })).totalDocs).toBe(versionsBefore)
  expect((await recentSnapshots(t.payload)).at(-1)).toMatchObject({
    blocked: 1,
    documents: expect.any(Number),
  })
})
