import { afterAll, beforeAll, expect, test } from '@jest/globals'

import { seed } from '../../seed'
import { seedEServices } from '../../seed/eServices'
import { createApiClient } from '../helpers/api'
import { startTestPayload, type TestPayload } from '../helpers/payload'

let t: TestPayload
let api: ReturnType<typeof createApiClient>
// A fixed "today" so the summer period and the Christmas exception land on known dates.
const today = '2026-11-21'

beforeAll(async () => {
  t = await startTestPayload()
  api = createApiClient(t.config)
  await seed(t.payload, { adminPassword: 'Demo-lösenord-1', today })
})
afterAll(async () => {
  await t?.stop()
})

const unitNamed = async (name: string) => {
  const res = await api.get(
    `/contact-details?where[name][equals]=${encodeURIComponent(name)}&depth=1`,
  )
  expect(res.body.docs).toHaveLength(1)
  return res.body.docs[0]
}

test('kontaktcenter: the main contact, with visiting and phone hours', async () => {
  const kontaktcenter = await unitNamed('Kontaktcenter')
  expect(kontaktcenter).toMatchObject({ mainContact: true, organisationsnummer: '212000-0142' })
  const kinds = kontaktcenter.channels
    .map((c: { openingHours?: { kind: string } }) => c.openingHours?.kind)
    .filter(Boolean)
  expect(kinds).toEqual(expect.arrayContaining(['besokstid', 'telefontid']))
  const types = kontaktcenter.channels.map((c: { blockType: string }) => c.blockType)
  expect(types).toEqual(expect.arrayContaining(['phone', 'email', 'visit', 'postal', 'web']))
})

test('visiting hours: lunch closed, summer hours and a Christmas exception', async () => {
  const kontaktcenter = await unitNamed('Kontaktcenter')
  const visit = kontaktcenter.channels.find((c: { blockType: string }) => c.blockType === 'visit')
  const id = visit.openingHours.id
  const week = async (from: string) =>
    (await api.get(`/opening-hours/${id}/week?from=${from}`)).body.days
  const [monday] = await week('2026-11-23')
  expect(monday).toMatchObject({
    intervals: [
      { from: '08:00', to: '12:00' },
      { from: '13:00', to: '16:30' },
    ],
    reason: 'regular',
  })
  const [summerMonday] = await week('2027-07-05')
  expect(summerMonday).toMatchObject({
    intervals: [{ from: '09:00', to: '15:00' }],
    reason: 'period',
  })
  const christmas = await week('2026-12-21')
  expect(christmas[2]).toMatchObject({
    date: '2026-12-23',
    intervals: [{ from: '08:00', to: '12:00' }],
    reason: 'exception',
  })
  expect(christmas[3]).toMatchObject({ date: '2026-12-24', intervals: [], reason: 'holiday' })
})

test('three more units, each reachable at least two ways', async () => {
  const res = await api.get('/contact-details?limit=100')
  expect(res.body.totalDocs).toBeGreaterThanOrEqual(4)
  for (const unit of res.body.docs) {
    expect(unit.channels.length).toBeGreaterThanOrEqual(2)
  }
})

test('at least eight published e-services with every field filled', async () => {
  expect(seedEServices.length).toBeGreaterThanOrEqual(8)
  const res = await api.get('/e-services?limit=100&depth=1')
  expect(res.body.totalDocs).toBe(seedEServices.length)
  for (const service of res.body.docs) {
    for (const field of [
      'title',
      'slug',
      'shortDescription',
      'url',
      'serviceStatus',
      'appeal',
    ] as const) {
      expect(service[field]).toEqual(expect.any(String))
    }
    for (const list of ['audience', 'topics', 'authentication', 'languages', 'whatToHaveReady']) {
      expect(service[list].length).toBeGreaterThan(0)
    }
    expect(service.alternativeChannels.length).toBeGreaterThan(0)
    expect(service.steps.root.children.length).toBeGreaterThan(0)
    expect(service.processingTime.summary).toEqual(expect.any(String))
    expect(Object.values(service.afterApplying).filter(Boolean)).toHaveLength(4)
    expect(service.responsibleUnit.name).toEqual(expect.any(String))
    expect(service.supportContact.name).toEqual(expect.any(String))
    expect(typeof service.cost.free).toBe('boolean')
    if (!service.cost.free) expect(service.cost.amount).toBeGreaterThan(0)
    expect(service.shortDescription.length).toBeLessThanOrEqual(150)
  }
})

test('seeding again creates nothing new', async () => {
  const again = await seed(t.payload, { today })
  expect(again.services.created).toEqual([])
  expect(again.services.kept.length).toBeGreaterThanOrEqual(5 + 5 + 8)
})
