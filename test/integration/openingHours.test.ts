import { afterAll, beforeAll, describe, expect, test } from '@jest/globals'

import { createApiClient } from '../helpers/api'
import { fixClock } from '../helpers/clock'
import { startTestPayload, type TestPayload } from '../helpers/payload'
import { type SignedIn, signIn } from '../helpers/users'
import { vocabularyProblems } from '../helpers/schemaOrgVocabulary'

// "Now" for the status endpoint's default and the documents' review dates.
fixClock('2026-11-21T09:00:00.000Z')
let t: TestPayload
let api: ReturnType<typeof createApiClient>
let editor: SignedIn
let publishedId: number | string

const weekdays = ['1', '2', '3', '4', '5']
const kontaktcenter = {
  kind: 'besokstid',
  name: 'Kontaktcenter – besökstid',
  exceptions: [
    { closed: true, from: '2026-12-28', note: 'Stängt mellan helgerna', to: '2026-12-30' },
  ],
  weekly: [
    {
      days: weekdays,
      intervals: [
        { from: '08:00', to: '12:00' },
        { from: '13:00', to: '16:30' },
      ],
    },
  ],
}

beforeAll(async () => {
  t = await startTestPayload()
  api = createApiClient(t.config)
  await signIn(t.payload, 'administrator')
  editor = await signIn(t.payload, 'webbredaktor')
  const created = await api.post('/opening-hours', {
    body: { ...kontaktcenter, _status: 'published' },
    token: editor.token,
  })
  expect(created.status).toBe(201)
  publishedId = created.body.doc.id
})
afterAll(async () => {
  await t?.stop()
})

/** Posts a document with one change and returns the field errors. */
const errorsFor = async (change: Record<string, unknown>) => {
  const res = await api.post('/opening-hours', {
    body: { ...kontaktcenter, ...change, _status: 'published' },
    token: editor.token,
  })
  expect(res.status).toBe(400)
  return res.body.errors[0].data.errors as Array<{ message: string; path: string }>
}

describe('validation: a Swedish message on the exact field, never a 500', () => {
  test.each([
    ['8:5', /"8:5" är ingen giltig tid/],
    ['25:00', /"25:00" är ingen giltig tid/],
    ['ett', /"ett" är ingen giltig tid/],
  ])('start time %s', async (from, message) => {
    const errors = await errorsFor({
      weekly: [{ days: ['1'], intervals: [{ from, to: '12:00' }] }],
    })
    expect(errors).toEqual([
      expect.objectContaining({
        message: expect.stringMatching(message),
        path: 'weekly.0.intervals.0.from',
      }),
    ])
  })

  test('an interval must end after it starts', async () => {
    const errors = await errorsFor({
      weekly: [{ days: ['1'], intervals: [{ from: '12:00', to: '08:00' }] }],
    })
    expect(errors).toEqual([
      expect.objectContaining({
        message: 'Sluttiden 8.00 måste vara efter starttiden 12.00.',
        path: 'weekly.0.intervals.0.to',
      }),
    ])
  })

  test('times are written as editors write them and stored as HH:MM', async () => {
    const res = await api.post('/opening-hours?depth=0', {
      body: {
        ...kontaktcenter,
        _status: 'published',
        name: 'Simhallen – besökstid',
        weekly: [
          { days: ['1'], intervals: [{ from: '8', to: '12.00' }] },
          { days: ['2'], intervals: [{ from: '8:00', to: 'kl. 16.30' }] },
        ],
      },
      token: editor.token,
    })
    expect(res.status).toBe(201)
    expect(res.body.doc.weekly.map((row: { intervals: unknown[] }) => row.intervals)).toEqual([
      [expect.objectContaining({ from: '08:00', to: '12:00' })],
      [expect.objectContaining({ from: '08:00', to: '16:30' })],
    ])
  })

  test('intervals on the same day must not overlap, also across rows', async () => {
    const errors = await errorsFor({
      weekly: [
        { days: ['1', '2'], intervals: [{ from: '08:00', to: '12:00' }] },
        { days: ['2'], intervals: [{ from: '11:00', to: '15:00' }] },
      ],
    })
    expect(errors).toEqual([
      expect.objectContaining({
        message: expect.stringMatching(/^Tiderna 08:00–12:00 och 11:00–15:00 överlappar på tisdag/),
        path: 'weekly',
      }),
    ])
  })

  test('periods and exception ranges must be in order, with real dates', async () => {
    const period = await errorsFor({
      periods: [{ validFrom: '2027-08-13', validThrough: '2027-06-21', weekly: [] }],
    })
    expect(period).toEqual([
      expect.objectContaining({
        message: 'Slutdatumet 2027-06-21 är före startdatumet 2027-08-13.',
        path: 'periods.0.validThrough',
      }),
    ])
    const exception = await errorsFor({ exceptions: [{ closed: true, from: '2026-02-30' }] })
    expect(exception).toEqual([
      expect.objectContaining({
        message: expect.stringMatching(/"2026-02-30" är inget giltigt datum/),
        path: 'exceptions.0.from',
      }),
    ])
  })

  test('a failed save writes nothing', async () => {
    const before = (await t.payload.count({ collection: 'opening-hours' })).totalDocs
    await errorsFor({ weekly: [{ days: ['1'], intervals: [{ from: '9:5', to: '12:00' }] }] })
    expect((await t.payload.count({ collection: 'opening-hours' })).totalDocs).toBe(before)
  })
})

describe('GET /api/opening-hours/:id/status', () => {
  test('open, with when it closes', async () => {
    const res = await api.get(`/opening-hours/${publishedId}/status?at=2026-11-23T09:00:00Z`)
    expect(res.status).toBe(200)
    expect(res.body).toEqual({
      at: '2026-11-23T09:00:00.000Z',
      closesAt: '2026-11-23T11:00:00.000Z',
      nextChange: '2026-11-23T11:00:00.000Z',
      open: true,
      reason: 'regular',
    })
  })

  test('closed on an exception, with its note and when it opens', async () => {
    const res = await api.get(`/opening-hours/${publishedId}/status?at=2026-12-29T09:00:00%2B01:00`)
    expect(res.body).toMatchObject({
      note: 'Stängt mellan helgerna',
      open: false,
      opensAt: '2027-01-04T07:00:00.000Z',
      reason: 'exception',
    })
  })

  test('a bad "at" is a 400 with a Swedish message', async () => {
    const res = await api.get(`/opening-hours/${publishedId}/status?at=igår`)
    expect(res.status).toBe(400)
    expect(res.body.errors[0].message).toMatch(
      /^Parametern "at" \("igår"\) är ingen giltig tidpunkt/,
    )
  })

  test('"at" defaults to now', async () => {
    const res = await api.get(`/opening-hours/${publishedId}/status`)
    expect(res.status).toBe(200)
    expect(Math.abs(Date.parse(res.body.at) - Date.now())).toBeLessThan(60_000)
  })

  test('drafts and unknown ids are 404 for visitors', async () => {
    const draft = await api.post('/opening-hours?draft=true', {
      body: kontaktcenter,
      token: editor.token,
    })
    expect((await api.get(`/opening-hours/${draft.body.doc.id}/status`)).status).toBe(404)
    expect(
      (await api.get(`/opening-hours/${draft.body.doc.id}/status`, { token: editor.token })).status,
    ).toBe(200)
    expect((await api.get('/opening-hours/999999/status')).status).toBe(404)
  })
})

describe('GET /api/opening-hours/:id/week', () => {
  test('seven concrete days with intervals and reasons', async () => {
    const res = await api.get(`/opening-hours/${publishedId}/week?from=2026-12-21`)
    expect(res.status).toBe(200)
    expect(res.body.days.map((d: { date: string; reason: string }) => [d.date, d.reason])).toEqual([
      ['2026-12-21', 'regular'],
      ['2026-12-22', 'regular'],
      ['2026-12-23', 'regular'],
      ['2026-12-24', 'holiday'],
      ['2026-12-25', 'holiday'],
      ['2026-12-26', 'holiday'],
      ['2026-12-27', 'regular'],
    ])
    expect(res.body.days[0].intervals).toHaveLength(2)
  })

  test('a bad "from" is a 400', async () => {
    const res = await api.get(`/opening-hours/${publishedId}/week?from=2026-13-01`)
    expect(res.status).toBe(400)
    expect(res.body.errors[0].message).toMatch(/"from" \("2026-13-01"\) är inget giltigt datum/)
  })
})

describe('seasonal periods', () => {
  // Regression for payload#17142 (patched in scripts/patch-dependencies.mjs): weekdays two array
  // levels deep made every published save fail on SQLite and PostgreSQL.
  test('a published schedule with summer hours is saved, versioned and evaluated', async () => {
    const created = await api.post('/opening-hours', {
      body: {
        ...kontaktcenter,
        _status: 'published',
        name: 'Med sommartider',
        periods: [
          {
            validFrom: '2027-06-21',
            validThrough: '2027-08-13',
            weekly: [{ days: weekdays, intervals: [{ from: '09:00', to: '15:00' }] }],
          },
        ],
      },
      token: editor.token,
    })
    expect(created.status).toBe(201)
    const id = created.body.doc.id
    const updated = await api.patch(`/opening-hours/${id}`, {
      body: { _status: 'published', name: 'Med sommartider 2027' },
      token: editor.token,
    })
    expect(updated.status).toBe(200)
    expect(updated.body.doc.periods[0].weekly[0].days).toEqual(weekdays)
    const versions = await t.payload.findVersions({
      collection: 'opening-hours',
      where: { parent: { equals: id } },
    })
    expect(versions.totalDocs).toBe(2)
    expect(versions.docs[0]!.version.periods![0]!.weekly![0]!.days).toEqual(weekdays)
    const status = await api.get(`/opening-hours/${id}/status?at=2027-07-05T11:30:00Z`)
    expect(status.body).toMatchObject({ open: true, reason: 'period' })
  })
})

describe('exports for the public site', () => {
  test('GET /:id/json-ld: weekly hours, closed days and twelve months of holidays and exceptions', async () => {
    const res = await api.get(`/opening-hours/${publishedId}/json-ld?from=2026-11-21`)
    expect(res.status).toBe(200)
    expect(vocabularyProblems(res.body)).toEqual([])
    // Visiting hours: a Place that the unit's section on Kontakta oss names.
    expect(res.body).toMatchObject({
      '@context': 'https://schema.org',
      '@id': `http://localhost:3000/kontakta-oss#oppettider-${publishedId}`,
      '@type': 'Place',
      name: 'Kontaktcenter – besökstid',
    })
    const { openingHoursSpecification, specialOpeningHoursSpecification } = res.body
    // Lunch closed: two specifications for the weekdays; weekend said closed with 00:00–00:00.
    expect(openingHoursSpecification).toEqual([
      expect.objectContaining({ closes: '12:00', opens: '08:00' }),
      expect.objectContaining({ closes: '16:30', opens: '13:00' }),
      expect.objectContaining({
        closes: '00:00',
        dayOfWeek: ['https://schema.org/Saturday', 'https://schema.org/Sunday'],
        opens: '00:00',
      }),
    ])
    const byDate = new Map<string, { description?: string; opens: string }>(
      specialOpeningHoursSpecification.map((s: { validFrom: string }) => [s.validFrom, s]),
    )
    expect(byDate.get('2026-12-24')).toMatchObject({ description: 'Julafton', opens: '00:00' })
    expect(byDate.get('2026-12-28')).toMatchObject({ description: 'Stängt mellan helgerna' })
    expect(byDate.get('2027-06-25')).toMatchObject({ description: 'Midsommarafton' })
    expect(byDate.has('2027-11-21')).toBe(false) // past the twelve months
    expect(byDate.has('2026-12-22')).toBe(false) // an ordinary day
  })

  test('GET /:id/json-ld: a bad "from" is a 400, drafts are 404 for visitors', async () => {
    expect((await api.get(`/opening-hours/${publishedId}/json-ld?from=igår`)).status).toBe(400)
    const draft = await api.post('/opening-hours?draft=true', {
      body: kontaktcenter,
      token: editor.token,
    })
    const res = await api.get(`/opening-hours/${draft.body.doc.id}/json-ld`)
    expect(res.status).toBe(404)
    expect(res.body.errors[0].message).toMatch(/^Öppettiderna med id/)
  })

  test('JSON-LD is cacheable for visitors, never for a signed-in editor', async () => {
    const visitor = await api.get(`/opening-hours/${publishedId}/json-ld`)
    expect(visitor.headers.get('cache-control')).toBe('public, max-age=300')
    const signedIn = await api.get(`/opening-hours/${publishedId}/json-ld`, {
      token: editor.token,
    })
    expect(signedIn.headers.get('cache-control')).toBe('private, no-store')
    for (const path of ['week', 'osm']) {
      const res = await api.get(`/opening-hours/${publishedId}/${path}`)
      expect([path, res.headers.get('cache-control')]).toEqual([path, 'public, max-age=300'])
    }
  })

  test('GET /open-now: every published schedule at one instant, drafts only for editors', async () => {
    const draft = await api.post('/opening-hours?draft=true', {
      body: { ...kontaktcenter, name: 'Utkast – besökstid' },
      token: editor.token,
    })
    const res = await api.get('/opening-hours/open-now?at=2026-12-29T09:00:00%2B01:00')
    expect(res.status).toBe(200)
    expect(res.headers.get('cache-control')).toBe('public, max-age=30')
    expect(res.body.at).toBe('2026-12-29T08:00:00.000Z')
    const ids = res.body.schedules.map((s: { id: number | string }) => s.id)
    expect(ids).toContain(publishedId)
    expect(ids).not.toContain(draft.body.doc.id)
    expect(res.body.schedules.find((s: { id: unknown }) => s.id === publishedId)).toEqual({
      id: publishedId,
      kind: 'besokstid',
      name: 'Kontaktcenter – besökstid',
      nextChange: '2027-01-04T07:00:00.000Z',
      note: 'Stängt mellan helgerna',
      open: false,
      opensAt: '2027-01-04T07:00:00.000Z',
      reason: 'exception',
    })
    const asEditor = await api.get('/opening-hours/open-now', { token: editor.token })
    expect(asEditor.headers.get('cache-control')).toBe('private, no-store')
    expect((await api.get('/opening-hours/open-now?at=snart')).status).toBe(400)
  })

  test('GET /:id/calendar: the deviating days as an iCalendar file', async () => {
    const res = await api.get(`/opening-hours/${publishedId}/calendar?from=2026-12-20`)
    expect(res.status).toBe(200)
    expect(res.headers.get('content-type')).toBe('text/calendar; charset=utf-8')
    expect(res.headers.get('content-disposition')).toMatch(/filename="oppettider-.+\.ics"/)
    const text = String(res.body)
    expect(text).toMatch(/^BEGIN:VCALENDAR/)
    expect(text).toContain('DTSTART;VALUE=DATE:20261224')
    expect(text).toContain('DESCRIPTION:Stängt mellan helgerna')
    expect(text).toContain('SUMMARY:Kontaktcenter – besökstid: stängt')
    expect((await api.get(`/opening-hours/${publishedId}/calendar?from=x`)).status).toBe(400)
    const farOff = await api.get(`/opening-hours/${publishedId}/calendar?from=9999-12-20`)
    expect(farOff.status).toBe(400)
    expect(farOff.body.errors[0].message).toMatch(/mellan år 1900 och 2200/)
    expect((await api.get('/opening-hours/999999/calendar')).status).toBe(404)
  })

  test('GET /feed: an Atom feed of the coming exceptions of published schedules', async () => {
    await api.post('/opening-hours?draft=true', {
      body: {
        ...kontaktcenter,
        exceptions: [{ closed: true, from: '2026-12-01', note: 'Hemligt utkast' }],
        name: 'Utkast med undantag',
      },
      token: editor.token,
    })
    const res = await api.get('/opening-hours/feed')
    expect(res.status).toBe(200)
    expect(res.headers.get('content-type')).toBe('application/atom+xml; charset=utf-8')
    expect(res.headers.get('cache-control')).toBe('public, max-age=300')
    const xml = String(res.body)
    expect(xml).toMatch(/^<\?xml[^>]*>\s*<feed xmlns="http:\/\/www.w3.org\/2005\/Atom"/)
    // The clock is fixed at 21 November 2026: the Christmas closure is within 60 days.
    expect(xml).toContain(
      '<title type="html"><![CDATA[Kontaktcenter – besökstid: stängt 28 december 2026–30 december 2026]]></title>',
    )
    expect(xml).not.toContain('Hemligt utkast')
  })

  test('GET /:id/osm: an OpenStreetMap opening_hours value', async () => {
    const res = await api.get(`/opening-hours/${publishedId}/osm`)
    expect(res.status).toBe(200)
    expect(res.body.opening_hours).toBe(
      'Mo-Fr 08:00-12:00,13:00-16:30; PH off; Dec 24 off; Dec 31 off; Jun 19-Jun 25 Fr off; 2026 Dec 28-2026 Dec 30 off',
    )
  })
})
