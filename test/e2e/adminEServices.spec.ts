import { expect, test } from '@playwright/test'

import {
  addRow,
  choose,
  expectFieldError,
  field,
  openTab,
  publish,
  readBack,
  saveDraft,
  setCheckbox,
  typeInto,
  typeRichText,
} from './adminForm'
import { logIn } from './helpers'

test.beforeEach(async ({ page }) => {
  await logIn(page)
  await page.goto('/admin/collections/e-services/create')
  await expect(field(page, 'title')).toBeEditable()
})

test('e-services: a minimal document is saved as a draft, then published', async ({ page }) => {
  const title = `Ansök om parkeringstillstånd ${Date.now()}`
  await typeInto(page, 'title', title)
  await typeInto(page, 'shortDescription', 'Ansök om tillstånd att parkera nära din bostad.')
  await typeInto(page, 'url', 'https://e.exempelkommun.se/parkering')
  const id = await saveDraft(page)
  // Required to publish: the unit responsible, and, by the policy's promise, what to have ready.
  await addRow(page, 'whatToHaveReady')
  await typeInto(page, 'whatToHaveReady.0.item', 'Bilens registreringsnummer')
  expect(await readBack(page, 'e-services', id, true)).toMatchObject({
    _status: 'draft',
    alternativeChannels: [],
    title,
    whatToHaveReady: [],
  })
  await openTab(page, 'Kontakt och andra vägar')
  await choose(page, 'responsibleUnit', 'Kontaktcenter')
  await publish(page)
  expect(await readBack(page, 'e-services', id)).toMatchObject({ _status: 'published', title })
})

test('e-services: a full document with a row in every list is published as entered', async ({
  page,
}) => {
  const title = `Ansök om bidrag till förening ${Date.now()}`
  await typeInto(page, 'title', title)
  await typeInto(page, 'shortDescription', 'Föreningar kan ansöka om bidrag för sin verksamhet.')
  await typeInto(page, 'url', 'https://e.exempelkommun.se/foreningsbidrag')
  await typeRichText(page, 'Så går det till', 'Fyll i ansökan och skicka in den.')
  await choose(page, 'audience', 'Föreningar')
  await choose(page, 'topics', 'Kultur och fritid')
  await setCheckbox(page, 'signatureRequired', true)
  await addRow(page, 'whatToHaveReady')
  await typeInto(page, 'whatToHaveReady.0.item', 'Föreningens organisationsnummer')
  await setCheckbox(page, 'cost.free', false)
  await typeInto(page, 'cost.amount', '200')
  await typeInto(page, 'cost.note', 'Avgiften betalas när du ansöker.')
  await choose(page, 'languages', 'Engelska')

  await openTab(page, 'Efter ansökan')
  await typeInto(page, 'processingTime.duration', 'P8W')
  await choose(page, 'afterApplying.confirmationTime', 'Samma dag')
  await typeInto(page, 'afterApplying.confirmation', 'Bekräftelsen kommer med e-post.')
  await typeInto(page, 'afterApplying.decision', 'Du får beslutet med e-post.')
  await typeInto(page, 'afterApplying.handledBy', 'Kultur- och fritidsförvaltningen')
  await typeInto(page, 'appeal', 'Du kan överklaga beslutet inom tre veckor.')

  await openTab(page, 'Kontakt och andra vägar')
  await choose(page, 'responsibleUnit', 'Kontaktcenter')
  await choose(page, 'supportContact', 'Kontaktcenter')
  await addRow(page, 'alternativeChannels')
  await choose(page, 'alternativeChannels.0.kind', 'Pappersblankett')
  await typeInto(page, 'alternativeChannels.0.description', 'Blanketten finns i receptionen.')
  await expect(field(page, 'alternativeChannels').locator('.row-label').first()).toHaveText(
    'Pappersblankett – Blanketten finns i receptionen.',
  )
  const id = await publish(page)

  const stored = await readBack(page, 'e-services', id)
  expect(stored).toMatchObject({
    _status: 'published',
    afterApplying: {
      confirmation: 'Bekräftelsen kommer med e-post.',
      confirmationTime: 'samma-dag',
      decision: 'Du får beslutet med e-post.',
      handledBy: 'Kultur- och fritidsförvaltningen',
    },
    alternativeChannels: [
      { description: 'Blanketten finns i receptionen.', kind: 'pappersblankett' },
    ],
    appeal: 'Du kan överklaga beslutet inom tre veckor.',
    audience: ['forening'],
    cost: { amount: 200, free: false, note: 'Avgiften betalas när du ansöker.' },
    languages: ['sv', 'en'],
    processingTime: { duration: 'P8W' },
    shortDescription: 'Föreningar kan ansöka om bidrag för sin verksamhet.',
    signatureRequired: true,
    title,
    topics: ['kultur-fritid'],
    url: 'https://e.exempelkommun.se/foreningsbidrag',
    whatToHaveReady: [{ item: 'Föreningens organisationsnummer' }],
  })
  expect(JSON.stringify(stored.steps)).toContain('Fyll i ansökan och skicka in den.')
  expect(typeof stored.responsibleUnit).toBe('number')

  // The resident reads the promise and who handles the application on the public page.
  await page.goto(`/e-tjanster/${stored.slug}`)
  await expect(page.getByText('Du får en bekräftelse samma dag.')).toBeVisible()
  await expect(page.getByText('Handläggs av: Kultur- och fritidsförvaltningen')).toBeVisible()
})

test('e-services: an address without https gets a Swedish message on that field', async ({
  page,
}) => {
  const title = `Ansök om bygglov ${Date.now()}`
  await typeInto(page, 'title', title)
  await typeInto(page, 'shortDescription', 'Ansök om bygglov för din byggnad.')
  await typeInto(page, 'url', 'e.exempelkommun.se/bygglov')
  await addRow(page, 'whatToHaveReady')
  await typeInto(page, 'whatToHaveReady.0.item', 'Ritningar')
  await openTab(page, 'Kontakt och andra vägar')
  await choose(page, 'responsibleUnit', 'Kontaktcenter')
  await page.locator('#action-save').click()
  await openTab(page, 'Innan du börjar')
  await expectFieldError(page, 'url', /ingen giltig webbadress\. Den ska börja med https:\/\//)
  await expect(field(page, 'title')).toHaveValue(title)
})
