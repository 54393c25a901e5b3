import type { Locator, Page } from '@playwright/test'

import { expect } from '@playwright/test'

import { sameOrigin } from './helpers'

/**
 * An editor's hands in Payload's admin: fields are found by the id Payload gives them
 * (`field-<path>` with dots as "__"), filled by typing, and chosen from their menus with the
 * keyboard, as a person would. Nothing here writes through the API.
 */
export const fieldId = (path: string) => `#field-${path.replace(/\./g, '__')}`

export const field = (page: Page, path: string): Locator => page.locator(fieldId(path))

const pending = new WeakMap<Page, Set<unknown>>()

/** The admin's form-state requests still out: POSTs to the edit view's own address. */
const formStateRequests = (page: Page): Set<unknown> => {
  let open = pending.get(page)
  if (!open) {
    const requests = new Set<unknown>()
    const isFormState = (r: { method: () => string; url: () => string }) =>
      r.method() === 'POST' && r.url() === page.url()
    page.on('request', (r) => {
      if (isFormState(r)) requests.add(r)
    })
    page.on('requestfinished', (r) => requests.delete(r))
    page.on('requestfailed', (r) => requests.delete(r))
    pending.set(page, requests)
    open = requests
  }
  return open
}

/**
 * Waits for the admin's form-state round trips that a change starts (debounced, answered by the
 * server) to be over, as an editor's next action comes after them: two that overlap can leave a
 * newly added row loading for good. A change that starts none returns after a short wait.
 */
const settled = async (page: Page, change: () => Promise<void>) => {
  const open = formStateRequests(page)
  const url = page.url()
  const roundTrip = page
    .waitForResponse((r) => r.request().method() === 'POST' && r.url() === url, { timeout: 3_000 })
    .catch(() => undefined)
  await change()
  await roundTrip
  await expect.poll(() => open.size, { intervals: [100, 250, 500] }).toBe(0)
}

/** Chooses a file for an upload, and waits for the form to take it, as a person waits for the preview. */
export const chooseFile = (
  page: Page,
  file: { buffer: Buffer; mimeType: string; name: string },
): Promise<void> => settled(page, () => page.locator('input[type="file"]').setInputFiles(file))

/** Types into a text, textarea, number or date field. */
export const typeInto = async (page: Page, path: string, value: string) => {
  const target = field(page, path)
  const input = (await target.evaluate((el) => el.matches('input, textarea')))
    ? target
    : target.locator('input').first()
  await settled(page, async () => {
    await input.click()
    await input.fill(value)
    await input.press('Tab')
  })
}

/** Types into a rich-text field, found by its label (Lexical fields carry no id). */
export const typeRichText = async (page: Page, label: string, text: string) => {
  const editor = page
    .locator('.field-type.rich-text-lexical')
    .filter({ has: page.locator('.field-label', { hasText: label }) })
    .locator('[data-lexical-editor="true"]')
  await settled(page, async () => {
    await editor.click()
    await editor.pressSequentially(text)
  })
}

/** Opens a tab of the edit view by its name. */
export const openTab = (page: Page, name: string) =>
  page.locator('.tabs-field__tab-button', { hasText: name }).click()

/** Chooses options of a select, or documents of a relationship, by typing and pressing Enter. */
export const choose = async (page: Page, path: string, ...options: string[]) => {
  for (const option of options) {
    const control = field(page, path).locator('.rs__control').first()
    await control.click()
    await page.keyboard.type(option)
    // The menu filters as one types; Enter takes the first match, as a keyboard user does.
    await expect(page.locator('.rs__option').first()).toContainText(option)
    await settled(page, () => page.keyboard.press('Enter'))
    await expect(field(page, path).locator('.rs__control')).toContainText(option)
  }
  await page.keyboard.press('Escape')
}

/** Clicks "Lägg till …" of an array field (its own button, not those of arrays inside it). */
export const addRow = async (page: Page, path: string) => {
  // Payload gives each row of `a.0.b` the id "a-0-b-row-<index>".
  const prefix = `${path.split('.').join('-')}-row-`
  const before = await page.locator(`[id^="${prefix}"]`).count()
  await settled(page, () => field(page, path).locator('.array-field__add-row').last().click())
  await expect(page.locator(`[id="${prefix}${before}"]`)).toBeVisible()
}

/** Adds a block to a blocks field by its name in Payload's block drawer. */
export const addBlock = async (page: Page, path: string, blockName: string) => {
  const prefix = `${path.split('.').join('-')}-row-`
  const before = await page.locator(`[id^="${prefix}"]`).count()
  await field(page, path).locator('.blocks-field__drawer-toggler').last().click()
  const card = page
    .locator('button.thumbnail-card')
    .filter({ hasText: new RegExp(`^\\s*${blockName}\\s*$`) })
  await settled(page, () => card.click())
  await expect(page.locator(`[id="${prefix}${before}"]`)).toBeVisible()
}

export const setCheckbox = async (page: Page, path: string, checked: boolean) => {
  const box = field(page, path)
  if ((await box.isChecked()) !== checked) await settled(page, () => box.click())
  await expect(box).toBeChecked({ checked })
}

/** "Spara utkast": waits for the save and returns the document's id from the address. */
export const saveDraft = async (page: Page): Promise<string> => {
  await page.locator('#action-save-draft').click()
  await expect(page).toHaveURL(/\/\d+$/)
  await expect(page.locator('.payload-toast-container')).toContainText(
    /skapades|sparat|Uppdaterades/i,
  )
  return page.url().split('/').at(-1)!
}

/** "Publicera ändringar" (or "Spara" without drafts) and waits for the confirmation toast. */
export const publish = async (page: Page): Promise<string> => {
  const button = page.locator('#action-save')
  await expect(button).toBeEnabled()
  await button.click()
  // The toast first: when the save is refused, its text is what the failure should show.
  await expect(page.locator('.payload-toast-container')).toContainText(
    /Publicerad|Uppdaterades|skapades|sparat/i,
  )
  await expect(page).toHaveURL(/\/\d+$/)
  return page.url().split('/').at(-1)!
}

/** The field's Swedish error as the editor sees it: on the field itself, not only in a toast. */
export const expectFieldError = async (page: Page, path: string, message: RegExp | string) => {
  await expect(page.locator('.field-error', { hasText: message }).first()).toBeAttached()
  // Payload marks the field's wrapper with "error" ("date-time-field--has-error" for dates).
  await expect
    .poll(() =>
      field(page, path).evaluate((el) =>
        Boolean(
          el.closest('.field-type.error, .date-time-field--has-error') ??
          el.querySelector('.field-type.error'),
        ),
      ),
    )
    .toBe(true)
}

/** The document as the REST API returns it to the signed-in editor (draft included). */
export const readBack = async (page: Page, collection: string, id: string, draft = false) => {
  const response = await page.request.get(
    `/api/${collection}/${id}?depth=0${draft ? '&draft=true' : ''}`,
    { headers: sameOrigin },
  )
  expect(response.status()).toBe(200)
  return response.json()
}
