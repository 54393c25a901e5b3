import { afterAll, beforeAll, describe, expect, test } from '@jest/globals'

import { createApiClient } from '../helpers/api'
import { startTestPayload, type TestPayload } from '../helpers/payload'
import { type SignedIn, signIn } from '../helpers/users'
import { vocabularyProblems } from '../helpers/schemaOrgVocabulary'

let t: TestPayload
let api: ReturnType<typeof createApiClient>
let editor: SignedIn

const kontaktcenter = {
  mainContact: true,
  name: 'Kontaktcenter',
  organisationsnummer: '2120000142',
  unitType: 'kontaktcenter',
  channels: [
    {
      blockType: 'phone',
      label: 'Växel',
      number: '0123-45 67 00',
      responseTime: { unit: 'timmar', value: 4 },
    },
    {
      address: 'Kommun@Exempelkommun.se',
      blockType: 'email',
      responseTime: { unit: 'arbetsdagar', value: 2 },
    },
    { blockType: 'phone', label: 'Polisen', number: '114 14' },
    { blockType: 'postal', city: 'Exempelby', postalCode: '12345', street: 'Box 100' },
    { blockType: 'web', url: 'https://www.exempelkommun.se' },
  ],
}

beforeAll(async () => {
  t = await startTestPayload()
  api = createApiClient(t.config)
  await signIn(t.payload, 'administrator')
  editor = await signIn(t.payload, 'webbredaktor')
})
afterAll(async () => {
  await t?.stop()
})

test('valid contact details are stored normalised and served to visitors', async () => {
  const created = await api.post('/contact-details', {
    body: { ...kontaktcenter, _status: 'published' },
    token: editor.token,
  })
  expect(created.status).toBe(201)
  const res = await api.get(`/contact-details/${created.body.doc.id}`)
  expect(res.status).toBe(200)
  expect(res.body.organisationsnummer).toBe('212000-0142')
  const [phone, email, police, postal] = res.body.channels
  expect(phone).toMatchObject({
    display: '0123-45 67 00',
    number: '+46123456700',
    responseTime: { unit: 'timmar', value: 4 },
  })
  expect(email).toMatchObject({
    address: 'kommun@exempelkommun.se',
    responseTime: { unit: 'arbetsdagar', value: 2 },
  })
  expect(police).toMatchObject({ display: '114 14', number: '11414' })
  expect(postal).toMatchObject({ postalCode: '123 45' })
})

/** The published main contacts. */
const publishedMainContacts = async () =>
  (
    await t.payload.find({
      collection: 'contact-details',
      where: { and: [{ mainContact: { equals: true } }, { _status: { equals: 'published' } }] },
    })
  ).docs
const mainContacts = async () => (await publishedMainContacts()).map((doc) => doc.name)

test('one way in: publishing a main contact moves the mark there, a draft does not', async () => {
  const first = await api.post('/contact-details', {
    body: { ...kontaktcenter, _status: 'published', name: 'Kontaktcenter A' },
    token: editor.token,
  })
  expect(first.status).toBe(201)
  expect(await mainContacts()).toEqual(['Kontaktcenter A'])
  // A draft's tick is not yet the municipality's.
  const draft = await api.post('/contact-details', {
    body: { ...kontaktcenter, _status: 'draft', name: 'Kontaktcenter B' },
    token: editor.token,
  })
  expect(draft.status).toBe(201)
  expect(await mainContacts()).toEqual(['Kontaktcenter A'])
  // Published, it is the one; A unticks in the same save, with a version of its own.
  const published = await api.patch(`/contact-details/${draft.body.doc.id}`, {
    body: { _status: 'published' },
    token: editor.token,
  })
  expect(published.status).toBe(200)
  expect(await mainContacts()).toEqual(['Kontaktcenter B'])
  const a = await api.get(`/contact-details/${first.body.doc.id}?draft=true`, {
    token: editor.token,
  })
  expect(a.body).toMatchObject({ _status: 'published', mainContact: false })
  // Saving the main contact itself again changes nothing.
  const resaved = await api.patch(`/contact-details/${draft.body.doc.id}`, {
    body: { name: 'Kontaktcenter B2' },
    token: editor.token,
  })
  expect(resaved.status).toBe(200)
  expect(await mainContacts()).toEqual(['Kontaktcenter B2'])
})

test('one way in: the one main contact cannot be unticked or deleted, and says how to move it', async () => {
  const [main] = await publishedMainContacts()
  const untick = await api.patch(`/contact-details/${main!.id}`, {
    body: { _status: 'published', mainContact: false },
    token: editor.token,
  })
  expect(untick.status).toBe(400)
  expect(untick.body.errors[0].data.errors).toEqual([
    expect.objectContaining({
      message: expect.stringMatching(
        /^Kommunen ska ha en huvudkontakt \("en väg in"\)\. Markera "Kommunens huvudkontakt" på en annan enhet i stället/,
      ),
      path: 'mainContact',
    }),
  ])
  const removed = await api.delete(`/contact-details/${main!.id}`, { token: editor.token })
  expect(removed.status).toBe(400)
  expect(JSON.stringify(removed.body)).toMatch(/Det här är kommunens huvudkontakt/)
  expect(await mainContacts()).toEqual([main!.name])
})

describe('bad input: a 400 with a Swedish message on the exact field', () => {
  // Not the main contact, so the service policy (phone, e-mail and postal address) is not in play.
  const errorsFor = async (change: Record<string, unknown>) => {
    const before = (await t.payload.count({ collection: 'contact-details' })).totalDocs
    const res = await api.post('/contact-details', {
      body: { ...kontaktcenter, mainContact: false, ...change, _status: 'published' },
      token: editor.token,
    })
    expect(res.status).toBe(400)
    expect((await t.payload.count({ collection: 'contact-details' })).totalDocs).toBe(before)
    return res.body.errors[0].data.errors as Array<{ message: string; path: string }>
  }

  test('phone number', async () => {
    expect(await errorsFor({ channels: [{ blockType: 'phone', number: '12345' }] })).toEqual([
      expect.objectContaining({
        message: expect.stringMatching(/^"12345" är inget giltigt telefonnummer/),
        path: 'channels.0.number',
      }),
    ])
  })

  test('coordinates of a visiting address: both or neither, within range', async () => {
    const hours = await t.payload.create({
      collection: 'opening-hours',
      data: { _status: 'published', kind: 'besokstid', name: 'Besökstid' } as never,
    })
    const visit = {
      blockType: 'visit',
      city: 'Exempelby',
      openingHours: hours.id,
      postalCode: '12345',
      street: 'Storgatan 1',
    }
    expect(
      await errorsFor({ channels: [{ ...visit, latitude: 95, longitude: 18.06858 }] }),
    ).toEqual([
      expect.objectContaining({
        message: 'Latituden måste vara mellan -90 och 90 grader (decimalgrader, t.ex. 59.3293).',
        path: 'channels.0.latitude',
      }),
    ])
    expect(await errorsFor({ channels: [{ ...visit, latitude: 59.32932 }] })).toEqual([
      expect.objectContaining({
        message: 'Ange både latitud och longitud, eller ingen av dem.',
        path: 'channels.0.longitude',
      }),
    ])
  })

  test('e-mail, postal code and web address', async () => {
    const errors = await errorsFor({
      channels: [
        {
          address: 'kommun@exempelkommun',
          blockType: 'email',
          responseTime: { unit: 'arbetsdagar', value: 2 },
        },
        { blockType: 'postal', city: 'Exempelby', postalCode: '1234', street: 'Box 1' },
        { blockType: 'web', url: 'http://www.exempelkommun.se' },
      ],
    })
    // Payload validates fields in parallel: the order of the errors is not fixed.
    const byPath = Object.fromEntries(errors.map((e) => [e.path, e.message]))
    expect(Object.keys(byPath).sort()).toEqual([
      'channels.0.address',
      'channels.1.postalCode',
      'channels.2.url',
    ])
    expect(byPath['channels.0.address']).toMatch(/e-postadress/)
    expect(byPath['channels.1.postalCode']).toMatch(/postnummer/)
    expect(byPath['channels.2.url']).toMatch(/https:\/\//)
  })

  test('organisationsnummer with a wrong check digit', async () => {
    expect(await errorsFor({ organisationsnummer: '212000-0143' })).toEqual([
      expect.objectContaining({
        message: expect.stringMatching(/^Kontrollsiffran/),
        path: 'organisationsnummer',
      }),
    ])
  })
})

test('drafts are not readable anonymously', async () => {
  const draft = await api.post('/contact-details?draft=true', {
    body: { name: 'Utkast', unitType: 'enhet' },
    token: editor.token,
  })
  expect((await api.get(`/contact-details/${draft.body.doc.id}`)).status).toBe(404)
  expect(
    (await api.get(`/contact-details/${draft.body.doc.id}`, { token: editor.token })).status,
  ).toBe(200)
})

describe('GET /api/contact-details/:id/json-ld', () => {
  const hours = (name: string) => ({
    kind: 'telefontid',
    name,
    weekly: [{ days: ['1', '2', '3', '4', '5'], intervals: [{ from: '08:00', to: '16:30' }] }],
  })

  test('a unit with a visiting address is a GovernmentOffice with contact points and promises', async () => {
    const phoneHours = await t.payload.create({
      collection: 'opening-hours',
      data: { ...hours('Telefontid'), _status: 'published' } as never,
    })
    const draftHours = await t.payload.create({
      collection: 'opening-hours',
      data: hours('Utkast till besökstid') as never,
      draft: true,
    })
    const unit = await t.payload.create({
      collection: 'contact-details',
      data: {
        ...kontaktcenter,
        _status: 'published',
        channels: [
          { ...kontaktcenter.channels[0], openingHours: phoneHours.id },
          kontaktcenter.channels[1],
          {
            blockType: 'visit',
            city: 'Exempelby',
            openingHours: draftHours.id,
            postalCode: '12345',
            street: 'Storgatan 1',
          },
          { blockType: 'postal', city: 'Exempelby', postalCode: '12321', street: 'Box 100' },
        ],
        mainContact: false,
        name: 'Kontaktcenter </script><script>alert(1)</script>',
      } as never,
    })
    const res = await api.get(`/contact-details/${unit.id}/json-ld`)
    expect(res.status).toBe(200)
    expect(vocabularyProblems(res.body)).toEqual([])
    expect(res.body).toMatchObject({
      '@context': 'https://schema.org',
      '@id': `http://localhost:3000/kontakta-oss#enhet-${unit.id}`,
      '@type': 'GovernmentOffice',
      address: { '@type': 'PostalAddress', postalCode: '123 45', streetAddress: 'Storgatan 1' },
      email: 'kommun@exempelkommun.se',
      identifier: { propertyID: 'organisationsnummer', value: '212000-0142' },
      name: 'Kontaktcenter </script><script>alert(1)</script>',
      parentOrganization: { '@id': 'http://localhost:3000/#kommun', name: 'Exempelkommun' },
      telephone: '+46123456700',
    })
    const [phone, email] = res.body.contactPoint
    expect(phone).toMatchObject({
      '@type': 'ContactPoint',
      contactType: 'Växel',
      description: 'Vi svarar på telefon inom fyra timmar.',
      telephone: '+46123456700',
    })
    expect(phone.hoursAvailable[0]).toMatchObject({ closes: '16:30', opens: '08:00' })
    // A contact point has weekly hours only: schema.org gives it no special hours.
    expect(phone.hoursAvailable.some((s: { validFrom?: string }) => s.validFrom)).toBe(false)
    expect(email).toMatchObject({
      description: 'Vi svarar på e-post inom två arbetsdagar.',
      email: 'kommun@exempelkommun.se',
    })
    // The visiting hours are only a draft: a visitor's JSON-LD must not contain them.
    expect(res.body.openingHoursSpecification).toBeUndefined()
    expect(res.body.location).toBeUndefined()
  })

  test('unknown ids and drafts are 404 with a Swedish message', async () => {
    const draft = await t.payload.create({
      collection: 'contact-details',
      data: { name: 'Utkast', unitType: 'enhet' } as never,
      draft: true,
    })
    const res = await api.get(`/contact-details/${draft.id}/json-ld`)
    expect(res.status).toBe(404)
    expect(res.body.errors[0].message).toBe(`Kontaktuppgifterna med id "${draft.id}" finns inte.`)
  })
})
