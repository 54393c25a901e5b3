import { expect, test } from '@playwright/test'
import sharp from 'sharp'

import {
  choose,
  chooseFile,
  expectFieldError,
  field,
  publish,
  readBack,
  setCheckbox,
  typeInto,
  typeRichText,
} from './adminForm'
import { createPage, logIn } from './helpers'

test.beforeEach(async ({ page }) => {
  await logIn(page)
})

test('pages: a minimal page is saved as a draft (autosave), then published', async ({ page }) => {
  const title = `Sophämtning i vinter ${Date.now()}`
  const id = await createPage(page)
  await typeInto(page, 'title', title)
  await expect.poll(async () => (await readBack(page, 'pages', id, true)).title).toBe(title)
  expect(await readBack(page, 'pages', id, true)).toMatchObject({ _status: 'draft' })
  await publish(page)
  expect(await readBack(page, 'pages', id)).toMatchObject({ _status: 'published', title })
})

test('pages: a page just published stays published: nothing is autosaved as a new draft', async ({
  page,
}) => {
  const title = `Badplatser i sommar ${Date.now()}`
  const id = await createPage(page)
  await typeInto(page, 'title', title)
  await typeRichText(page, 'Brödtext', 'Vi mäter vattnet på alla badplatser varje vecka.')
  await publish(page)
  await expect(page.locator('.doc-controls__status')).toContainText('Publicerad')
  // Longer than the autosave's debounce: a form marked as changed after the publish would have
  // saved a draft by now, and the page would read "Ändrad".
  await page.waitForTimeout(5_000)
  await expect(page.locator('.doc-controls__status')).toContainText('Publicerad')
  await expect(page.locator('.doc-controls__status')).not.toContainText('Ändrad')
  expect(await readBack(page, 'pages', id, true)).toMatchObject({ _status: 'published', title })
})

test('pages: a full page is published as entered', async ({ page }) => {
  const stamp = Date.now()
  const title = `Vinterväghållning ${stamp}`
  const id = await createPage(page)
  await typeInto(page, 'title', title)
  await typeInto(page, 'ingress', 'Så plogar och sandar vi gator och cykelbanor.')
  await typeRichText(page, 'Brödtext', 'Vi plogar när det har fallit fem centimeter snö.')
  await typeInto(page, 'review.ownerUnit', 'Gatuenheten')
  await typeInto(page, 'review.intervalMonths', '6')
  await publish(page)
  const stored = await readBack(page, 'pages', id)
  expect(stored).toMatchObject({
    _status: 'published',
    ingress: 'Så plogar och sandar vi gator och cykelbanor.',
    review: { intervalMonths: 6, ownerUnit: 'Gatuenheten' },
    slug: `vintervaghallning-${stamp}`,
    title,
  })
  expect(JSON.stringify(stored.body)).toContain('Vi plogar när det har fallit fem centimeter snö.')
})

test('pages: a review interval over three years gets a Swedish message on that field', async ({
  page,
}) => {
  const title = `Snöröjning ${Date.now()}`
  await createPage(page)
  await typeInto(page, 'title', title)
  await typeInto(page, 'review.intervalMonths', '48')
  await page.locator('#action-save').click()
  await expectFieldError(page, 'review.intervalMonths', /för stort\. Det får vara högst 36/)
  await expect(field(page, 'title')).toHaveValue(title)
})

const png = () =>
  sharp({ create: { background: '#2a6ebb', channels: 3, height: 60, width: 120 } })
    .png()
    .toBuffer()

test('media: an image uploaded with alt text, and a decorative one without', async ({ page }) => {
  await page.goto('/admin/collections/media/create')
  await page
    .locator('input[type="file"]')
    .setInputFiles({ buffer: await png(), mimeType: 'image/png', name: `isbana-${Date.now()}.png` })
  await typeInto(page, 'alt', 'Barn som åker skridskor på isbanan')
  const id = await publish(page)
  expect(await readBack(page, 'media', id)).toMatchObject({
    alt: 'Barn som åker skridskor på isbanan',
    decorative: false,
    mimeType: 'image/png',
  })

  await page.goto('/admin/collections/media/create')
  await page.locator('input[type="file"]').setInputFiles({
    buffer: await png(),
    mimeType: 'image/png',
    name: `monster-${Date.now()}.png`,
  })
  await setCheckbox(page, 'decorative', true)
  const decorative = await publish(page)
  expect(await readBack(page, 'media', decorative)).toMatchObject({ decorative: true })
})

test('media: an image without alt text gets a Swedish message on that field', async ({ page }) => {
  await page.goto('/admin/collections/media/create')
  // The form's round trip for the new file is over before "Spara": a click during it was lost.
  await chooseFile(page, {
    buffer: await png(),
    mimeType: 'image/png',
    name: `utan-alt-${Date.now()}.png`,
  })
  // "Spara" counts once the form has taken the file, as a person sees the button turn active.
  await expect(page.locator('#action-save')).toBeEnabled()
  await page.locator('#action-save').click()
  await expect(
    page.locator('.field-error', { hasText: 'Alternativtext: skriv vad bilden visar' }).first(),
  ).toBeAttached()
  await expect(page.getByText(/Alt text/)).toHaveCount(0)
})

test('users: an administrator creates a web editor', async ({ page }) => {
  const email = `redaktor-${Date.now()}@exempelkommun.se`
  await page.goto('/admin/collections/users/create')
  await typeInto(page, 'email', email)
  await typeInto(page, 'password', 'Ett-långt-lösenord-2026')
  await typeInto(page, 'confirm-password', 'Ett-långt-lösenord-2026')
  await typeInto(page, 'name', 'Rut Redaktör')
  await choose(page, 'role', 'Webbredaktör')
  const id = await publish(page)
  expect(await readBack(page, 'users', id)).toMatchObject({
    email,
    name: 'Rut Redaktör',
    role: 'webbredaktor',
  })
})

test('users: an e-mail address that is not one gets a Swedish message on that field', async ({
  page,
}) => {
  await page.goto('/admin/collections/users/create')
  await typeInto(page, 'email', 'rut.exempelkommun.se')
  await typeInto(page, 'password', 'Ett-långt-lösenord-2026')
  await typeInto(page, 'confirm-password', 'Ett-långt-lösenord-2026')
  await typeInto(page, 'name', 'Rut Redaktör')
  await page.locator('#action-save').click()
  await expectFieldError(page, 'email', /giltig e-postadress/)
  await expect(field(page, 'name')).toHaveValue('Rut Redaktör')
})

test('pages: leaving with text not yet autosaved asks first; once saved it does not', async ({
  page,
}) => {
  const id = await createPage(page)
  const ingress = page.locator('#field-ingress')
  await ingress.click()
  await page.keyboard.type('Vi plogar gång- och cykelbanor först.')
  // Straight away, before the next autosave: Payload's own "leave without saving" question.
  await page.locator('.step-nav a', { hasText: 'Sidor' }).click()
  const dialog = page.getByRole('dialog').filter({ hasText: 'Lämna utan att spara' })
  await expect(dialog).toBeVisible()
  await dialog.getByRole('button', { name: 'Stanna på denna sida' }).click()
  await expect(page).toHaveURL(new RegExp(`/pages/${id}$`))
  await expect(ingress).toHaveValue('Vi plogar gång- och cykelbanor först.')
  // Autosave stores it; then leaving needs no question and nothing is lost.
  await expect
    .poll(async () => (await readBack(page, 'pages', id, true)).ingress, { timeout: 30_000 })
    .toBe('Vi plogar gång- och cykelbanor först.')
  await expect(page.locator('#action-save')).toBeEnabled()
  await page.locator('.step-nav a', { hasText: 'Sidor' }).click()
  await expect(page).toHaveURL(/\/admin\/collections\/pages(\?|$)/)
})
