import { expect, test } from '@playwright/test'

import { addRow, choose, expectFieldError, field, publish, readBack, typeInto } from './adminForm'
import { anonymousGet, clickPublish, createPage, logIn, sameOrigin } from './helpers'

test.beforeEach(async ({ page }) => {
  await logIn(page)
})

test('an English paragraph typed into a Swedish page is pointed out, and does not stop the publish', async ({
  baseURL,
  page,
}) => {
  const id = await createPage(page)
  await page.getByLabel('Rubrik').fill(`Skolval ${Date.now()}`)
  const body = page.locator('[data-lexical-editor="true"]')
  await body.click()
  await body.pressSequentially(
    'Du väljer skola till ditt barn i vår e-tjänst. Valet öppnar i januari.',
  )
  await page.keyboard.press('Enter')
  await body.pressSequentially(
    'Information in English: you can choose a school for your child in our e-service.',
  )
  const panel = page.getByTestId('klarkoll-panel')
  const finding = panel.locator('[data-rule="a11y/passage-language"]')
  await expect(finding).toContainText('ser ut att vara på engelska')
  await expect(finding).toContainText('Information in English')
  await expect(panel.locator('[data-rule="a11y/passage-language"]')).toHaveCount(1)

  // A warning: the page is published with it.
  await clickPublish(page)
  await expect(page.locator('.doc-controls__status')).toContainText('Publicerad')
  expect((await anonymousGet(baseURL!, `/api/pages/${id}`)).status).toBe(200)
})

test('accessibility issues: a minimal issue is saved, then a full one as entered', async ({
  page,
}) => {
  await page.goto('/admin/collections/accessibility-issues/create')
  const summary = `Kartan saknar textalternativ ${Date.now()}`
  await typeInto(page, 'summary', summary)
  await typeInto(
    page,
    'description',
    'Kartan över återvinningsstationer går inte att läsa utan syn.',
  )
  const id = await publish(page)
  expect(await readBack(page, 'accessibility-issues', id)).toMatchObject({
    review: 'forslag',
    status: 'planerad',
    summary,
  })

  await page.goto('/admin/collections/accessibility-issues/create')
  const full = `Filmen saknar undertexter ${Date.now()}`
  await typeInto(page, 'summary', full)
  await choose(page, 'wcag', '1.2.2')
  await typeInto(page, 'description', 'Filmen om bygglov har ingen text.')
  await choose(page, 'situations', 'Användning utan hörsel')
  await choose(page, 'affects', 'Bygglov')
  await typeInto(page, 'locations', 'Sidan Bygglov, filmen överst.')
  await typeInto(page, 'alternative', 'Ring kontaktcenter så berättar vi vad filmen visar.')
  await typeInto(page, 'fixBy', '2027-03-31')
  const fullId = await publish(page)
  const stored = await readBack(page, 'accessibility-issues', fullId)
  expect(stored).toMatchObject({
    alternative: 'Ring kontaktcenter så berättar vi vad filmen visar.',
    description: 'Filmen om bygglov har ingen text.',
    locations: 'Sidan Bygglov, filmen överst.',
    situations: ['utan-horsel'],
    status: 'planerad',
    summary: full,
    wcag: '1.2.2',
  })
  expect(stored.affects).toHaveLength(1)
  expect(stored.fixBy.slice(0, 10)).toBe('2027-03-31')
})

test('accessibility issues: an approved planned fix without a date gets a Swedish message there', async ({
  page,
}) => {
  await page.goto('/admin/collections/accessibility-issues/create')
  const summary = `Formuläret saknar etiketter ${Date.now()}`
  await typeInto(page, 'summary', summary)
  await typeInto(page, 'description', 'Fälten i anmälningsformuläret har inga etiketter.')
  await choose(page, 'review', 'Godkänd')
  await page.locator('#action-save').click()
  await expectFieldError(page, 'fixBy', 'Åtgärdas senast: ange när bristen ska vara åtgärdad.')
  await expect(field(page, 'summary')).toHaveValue(summary)
})

test('the accessibility statement is saved from its edit view as entered', async ({ page }) => {
  await page.goto('/admin/globals/accessibility-statement')
  await expect(field(page, 'organisation')).toBeEditable()
  await typeInto(page, 'organisation', 'Exempelkommun')
  await addRow(page, 'exemptions')
  const last = (await page.locator('[id^="exemptions-row-"]').count()) - 1
  await choose(page, `exemptions.${last}.ground`, 'Omfattas inte av lagen')
  await typeInto(page, `exemptions.${last}.content`, 'Inspelade sändningar från 2018')
  await typeInto(page, `exemptions.${last}.reason`, 'Publicerade före den 23 september 2020.')
  await typeInto(page, 'feedback.responseTime', 'Vi svarar inom två arbetsdagar.')
  await page.locator('#action-save').click()
  await expect(page.locator('.payload-toast-container')).toContainText(/uppdaterades|sparat/i)
  const stored = await (
    await page.request.get('/api/globals/accessibility-statement?depth=0', { headers: sameOrigin })
  ).json()
  expect(stored).toMatchObject({
    feedback: { responseTime: 'Vi svarar inom två arbetsdagar.' },
    organisation: 'Exempelkommun',
  })
  expect(stored.exemptions.at(-1)).toMatchObject({
    content: 'Inspelade sändningar från 2018',
    ground: '9',
    reason: 'Publicerade före den 23 september 2020.',
  })
})

test('the statement: an address without https gets a Swedish message on that field', async ({
  page,
}) => {
  await page.goto('/admin/globals/accessibility-statement')
  await expect(field(page, 'organisation')).toBeEditable()
  await typeInto(page, 'websites.0.url', 'www.exempelkommun.se')
  await page.locator('#action-save').click()
  await expectFieldError(page, 'websites.0.url', /skriv en fullständig adress som börjar med https/)
  await expect(field(page, 'websites.0.url')).toHaveValue('www.exempelkommun.se')
})
