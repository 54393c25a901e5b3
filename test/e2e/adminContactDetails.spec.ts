import { expect, type Page, test } from '@playwright/test'

import {
  addBlock,
  choose,
  expectFieldError,
  field,
  publish,
  readBack,
  saveDraft,
  setCheckbox,
  typeInto,
} from './adminForm'
import { logIn } from './helpers'

test.beforeEach(async ({ page }) => {
  await logIn(page)
  await page.goto('/admin/collections/contact-details/create')
  await expect(field(page, 'name')).toBeEditable()
})

const channel = (page: Page, index: number, name: string, value: string) =>
  typeInto(page, `channels.${index}.${name}`, value)

test('contact details: a minimal document is saved as a draft, then published', async ({
  page,
}) => {
  const name = `Fritidsgården ${Date.now()}`
  await typeInto(page, 'name', name)
  const id = await saveDraft(page)
  expect(await readBack(page, 'contact-details', id, true)).toMatchObject({
    _status: 'draft',
    channels: [],
    name,
  })
  await publish(page)
  expect(await readBack(page, 'contact-details', id)).toMatchObject({ _status: 'published', name })
})

test('contact details: one of every channel is published as entered', async ({ page }) => {
  const name = `Kulturskolan ${Date.now()}`
  await typeInto(page, 'name', name)
  await choose(page, 'unitType', 'Förvaltning')
  await typeInto(page, 'organisationsnummer', '212000-0142')
  await typeInto(page, 'areaServed', 'Norra distriktet')

  await addBlock(page, 'channels', 'Telefon')
  await channel(page, 0, 'number', '0123-45 67 10')
  await channel(page, 0, 'label', 'Expedition')
  await choose(page, 'channels.0.callCharge', 'Avgiftsfritt')
  await choose(page, 'channels.0.languages', 'Svenska', 'Finska', 'Svenskt teckenspråk')
  await choose(page, 'channels.0.openingHours', 'Kontaktcenter – telefontid')
  await typeInto(page, 'channels.0.responseTime.value', '2')
  await choose(page, 'channels.0.responseTime.unit', 'arbetsdagar')
  await typeInto(page, 'channels.0.verifiedAt', '2026-11-30')
  await addBlock(page, 'channels', 'E-post')
  await channel(page, 1, 'address', 'Kulturskolan@Exempelkommun.se')
  // Värmdö's policy: e-mail promises a response time.
  await typeInto(page, 'channels.1.responseTime.value', '2')
  await choose(page, 'channels.1.responseTime.unit', 'arbetsdagar')
  await addBlock(page, 'channels', 'SMS')
  await channel(page, 2, 'number', '070-123 45 67')
  // Värmdö: texts are answered like calls.
  await typeInto(page, 'channels.2.responseTime.value', '2')
  await choose(page, 'channels.2.responseTime.unit', 'arbetsdagar')
  await addBlock(page, 'channels', 'Chatt')
  await channel(page, 3, 'url', 'https://www.exempelkommun.se/chatt')
  await addBlock(page, 'channels', 'Besöksadress')
  await channel(page, 4, 'street', 'Storgatan 12')
  await channel(page, 4, 'postalCode', '12345')
  await channel(page, 4, 'city', 'Exempelstad')
  await channel(page, 4, 'latitude', '59.32932')
  await channel(page, 4, 'longitude', '18.06858')
  await choose(page, 'channels.4.openingHours', 'Kontaktcenter – besökstid')
  await setCheckbox(page, 'channels.4.premises.stepFreeEntrance', true)
  await setCheckbox(page, 'channels.4.premises.hearingLoop', true)
  await typeInto(page, 'channels.4.premises.note', 'Parkering för rörelsehindrade vid entrén.')
  await addBlock(page, 'channels', 'Postadress')
  await channel(page, 5, 'street', 'Box 100')
  await channel(page, 5, 'postalCode', '123 45')
  await channel(page, 5, 'city', 'Exempelstad')
  await addBlock(page, 'channels', 'Webbplats')
  await channel(page, 6, 'url', 'https://www.exempelkommun.se/kulturskolan')
  await addBlock(page, 'channels', 'Synpunkter och klagomål')
  await channel(page, 7, 'url', 'https://www.exempelkommun.se/synpunkter')
  await typeInto(page, 'channels.7.responseTime.value', '7')
  await choose(page, 'channels.7.responseTime.unit', 'dagar')
  // Each row says what it holds.
  await expect(field(page, 'channels').locator('.row-label').first()).toHaveText(
    /^Telefon 0123-45 67 10 \(Expedition\)$/,
  )
  const id = await publish(page)

  const stored = await readBack(page, 'contact-details', id)
  expect(stored).toMatchObject({
    _status: 'published',
    areaServed: 'Norra distriktet',
    name,
    organisationsnummer: '212000-0142',
    unitType: 'forvaltning',
  })
  expect(
    stored.channels.map(({ id: _id, openingHours: _oh, ...rest }: Record<string, unknown>) => rest),
  ).toMatchObject([
    {
      blockType: 'phone',
      callCharge: 'avgiftsfritt',
      display: '0123-45 67 10',
      label: 'Expedition',
      languages: ['sv', 'fi', 'swl'],
      number: '+46123456710',
      responseTime: { unit: 'arbetsdagar', value: 2 },
    },
    {
      address: 'kulturskolan@exempelkommun.se',
      blockType: 'email',
      responseTime: { unit: 'arbetsdagar', value: 2 },
    },
    {
      blockType: 'sms',
      number: '+46701234567',
      responseTime: { unit: 'arbetsdagar', value: 2 },
    },
    { blockType: 'chat', url: 'https://www.exempelkommun.se/chatt' },
    {
      blockType: 'visit',
      city: 'Exempelstad',
      latitude: 59.32932,
      longitude: 18.06858,
      postalCode: '123 45',
      premises: {
        hearingLoop: true,
        note: 'Parkering för rörelsehindrade vid entrén.',
        stepFreeEntrance: true,
      },
      street: 'Storgatan 12',
    },
    { blockType: 'postal', city: 'Exempelstad', postalCode: '123 45', street: 'Box 100' },
    { blockType: 'web', url: 'https://www.exempelkommun.se/kulturskolan' },
    {
      blockType: 'feedback',
      responseTime: { unit: 'dagar', value: 7 },
      url: 'https://www.exempelkommun.se/synpunkter',
    },
  ])
  expect(stored.channels[0].verifiedAt.slice(0, 10)).toBe('2026-11-30')
  // Residents see it on Kontakta oss at once, with the area it serves.
  await page.goto('/kontakta-oss')
  const unit = page.getByRole('region', { name: name })
  await expect(unit).toContainText('Område: Norra distriktet')
  await expect(unit).toContainText('Tillgänglighet: Entré utan trappsteg · Hörslinga · Parkering')
  expect(typeof stored.channels[0].openingHours).toBe('number')
})

test('contact details: a phone number that is not one gets a Swedish message on that field', async ({
  page,
}) => {
  const name = `Musikskolan ${Date.now()}`
  await typeInto(page, 'name', name)
  await addBlock(page, 'channels', 'Telefon')
  await channel(page, 0, 'number', '12')
  await page.locator('#action-save').click()
  await expectFieldError(page, 'channels.0.number', /telefonnummer/i)
  await expect(field(page, 'name')).toHaveValue(name)
  await expect(field(page, 'channels.0.number')).toHaveValue('12')
})

/** The published main contacts' names, as the API gives them. */
const mainContacts = async (page: Page) => {
  const res = await page.request.get(
    '/api/contact-details?where[mainContact][equals]=true&where[_status][equals]=published&depth=0',
  )
  return ((await res.json()) as { docs: Array<{ id: number; name: string }> }).docs
}

test('contact details: publishing a main contact moves the mark there; the one main contact cannot be unticked', async ({
  page,
}) => {
  const [before] = await mainContacts(page)
  const name = `Medborgarservice ${Date.now()}`
  await typeInto(page, 'name', name)
  await setCheckbox(page, 'mainContact', true)
  // What the policy asks of a main contact: a phone, an e-mail address with a promise, a postal address.
  await addBlock(page, 'channels', 'Telefon')
  await channel(page, 0, 'number', '0123-45 67 20')
  await addBlock(page, 'channels', 'E-post')
  await channel(page, 1, 'address', 'service@exempelkommun.se')
  await typeInto(page, 'channels.1.responseTime.value', '2')
  await choose(page, 'channels.1.responseTime.unit', 'arbetsdagar')
  await addBlock(page, 'channels', 'Postadress')
  await channel(page, 2, 'street', 'Box 200')
  await channel(page, 2, 'postalCode', '123 45')
  await channel(page, 2, 'city', 'Exempelstad')
  await publish(page)
  expect((await mainContacts(page)).map((doc) => doc.name)).toEqual([name])

  // Unticking the one main contact is refused with the way to move it; the text stays.
  await setCheckbox(page, 'mainContact', false)
  await page.locator('#action-save').click()
  await expectFieldError(page, 'mainContact', /Kommunen ska ha en huvudkontakt \("en väg in"\)/)
  await expect(field(page, 'channels.1.address')).toHaveValue('service@exempelkommun.se')
  expect((await mainContacts(page)).map((doc) => doc.name)).toEqual([name])

  // The mark moves back the way the message says: tick it on the other unit and publish.
  const other = await page.context().newPage()
  await other.goto(`/admin/collections/contact-details/${before!.id}`)
  await setCheckbox(other, 'mainContact', true)
  await publish(other)
  expect((await mainContacts(other)).map((doc) => doc.name)).toEqual([before!.name])
  await other.close()
})
