import { afterAll, beforeAll, expect, test } from '@jest/globals'

import type { KlarkollSettings } from '../../plugins/klarkoll'

import { dashboardRows, filterRows } from '../../plugins/klarkoll/dashboard/rows'
import {
  recentSnapshots,
  recordSnapshot,
  summarise,
} from '../../plugins/klarkoll/dashboard/snapshots'
import { doc, paragraph } from '../../seed/lexical'
import { createApiClient } from '../helpers/api'
import { startTestPayload, type TestPayload } from '../helpers/payload'
import { type SignedIn, signIn } from '../helpers/users'

let t: TestPayload
let api: ReturnType<typeof createApiClient>
let editor: SignedIn
let communicator: SignedIn

const hard =
  'Den sökande äger rätt att erhålla besked om huruvida bygglov erfordras för den planerade åtgärden, varvid det åligger den sökande att tillse att samtliga erforderliga handlingar inkommer till byggnadsnämnden i god tid innan åtgärden påbörjas. Ansökningshandlingarna ska i förekommande fall kompletteras med konstruktionsritningar, situationsplan och nybyggnadskarta, varefter byggnadsnämndens handläggare genomför en fullständighetsprövning av ärendet.'
const plain =
  'Du kan erhålla hjälp av oss. Ring kontaktcenter. Vi svarar på vardagar. Du kan också skicka e-post. Vi svarar inom två dagar. Du kan också komma till kommunhuset. Vi har öppet varje vardag.'

beforeAll(async () => {
  t = await startTestPayload()
  api = createApiClient(t.config)
  editor = await signIn(t.payload, 'webbredaktor')
  communicator = await signIn(t.payload, 'kommunikator')
  await api.post('/pages', {
    body: {
      _status: 'published',
      body: doc(paragraph(hard)),
      klarkoll: { overrideReason: 'Citat ur lagen, ordagrant.' },
      title: '=Citat ur lagen',
    },
    token: communicator.token,
  })
  await api.post('/pages', {
    body: { _status: 'published', body: doc(paragraph(plain)), title: 'Så når du oss' },
    token: editor.token,
  })
  await api.post('/pages?draft=true', {
    body: { body: doc(paragraph('Utkast.')), title: 'Ett utkast' },
    token: editor.token,
  })
})
afterAll(async () => {
  await t?.stop()
})

const settings = () => t.payload.config.custom.klarkoll as KlarkollSettings
const request = (user: SignedIn['user']) =>
  ({ payload: t.payload, user: { ...user, collection: 'users' } }) as never

test('every checked document is listed with status, LIX and counts per area', async () => {
  const rows = await dashboardRows(request(editor.user), settings())
  const byTitle = new Map(rows.map((r) => [r.title, r]))
  expect(byTitle.get('=Citat ur lagen')).toMatchObject({
    collection: 'pages',
    rules: expect.arrayContaining(['klarsprak/lix']),
    status: 'overridden',
  })
  expect(byTitle.get('Så når du oss')).toMatchObject({
    countsByArea: expect.objectContaining({ klarsprak: expect.any(Number) }),
    status: 'warnings',
  })
  expect(byTitle.get('Ett utkast')).toMatchObject({ lix: null, status: 'unchecked' })
})

test('filters by status, area and rule; sorts by LIX either way', async () => {
  const rows = await dashboardRows(request(editor.user), settings())
  expect(filterRows(rows, { status: 'overridden' }).map((r) => r.title)).toEqual([
    '=Citat ur lagen',
  ])
  expect(filterRows(rows, { rule: 'klarsprak/krangelord' }).map((r) => r.title)).toEqual(
    expect.arrayContaining(['Så når du oss']),
  )
  expect(filterRows(rows, { area: 'policy', collection: 'pages' })).toEqual([])
  const up = filterRows(rows, { sort: 'lix' }).map((r) => r.lix)
  const down = filterRows(rows, { sort: '-lix' }).map((r) => r.lix)
  expect(up).toEqual([...down].reverse())
})

test('CSV export: signed-in users only, semicolons, a BOM for Excel, no formulas', async () => {
  expect((await api.get('/klarkoll/report.csv')).status).toBe(401)
  const res = await api.get('/klarkoll/report.csv?status=overridden', { token: editor.token })
  expect(res.status).toBe(200)
  // Response.text() drops the byte-order mark; rowsToCsv's own test checks it is there.
  const text = res.body as string
  expect(text.startsWith('"Samling";"Id";"Rubrik";"Status";"LIX"')).toBe(true)
  const lines = text.trim().split('\r\n')
  expect(lines).toHaveLength(2)
  // A title starting with "=" is not run as a formula by the spreadsheet.
  expect(lines[1]).toContain(`"'=Citat ur lagen";"Publicerad trots fel"`)
})

test('one snapshot per day, replaced when taken again', async () => {
  const rows = await dashboardRows(request(editor.user), settings())
  await recordSnapshot(t.payload, summarise(rows, '2026-11-20'))
  await recordSnapshot(t.payload, summarise(rows, '2026-11-21'))
  await recordSnapshot(t.payload, { ...summarise(rows, '2026-11-21'), errors: 99 })
  const snapshots = await recentSnapshots(t.payload)
  expect(snapshots.map((s) => [s.date, s.errors])).toEqual([
    ['2026-11-20', summarise(rows, 'x').errors],
    ['2026-11-21', 99],
  ])
  expect((await api.get('/klarkoll-snapshots')).status).toBe(403)
})
