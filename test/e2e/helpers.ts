import type { Locator, Page } from '@playwright/test'

import { expect, request } from '@playwright/test'

import { e2eAdmin } from '../../playwright.config'

export const logIn = async (page: Page, who: { email: string; password: string } = e2eAdmin) => {
  await page.goto('/admin/login')
  await page.getByLabel('E-post').fill(who.email)
  await page.getByLabel('Lösenord').fill(who.password)
  await page.getByRole('button', { name: 'Logga in' }).click()
  await expect(page).toHaveURL(/\/admin$/)
}

/**
 * Fills a field and waits for the admin's form-state round trip that the change starts (debounced,
 * validated on the server), as an editor's next click comes after it. Clicking "Publicera" while
 * it is still out lets its late answer clear the field errors the refused publish had just shown.
 */
export const fillField = async (page: Page, field: Locator, value: string) => {
  const url = page.url()
  const formState = page.waitForResponse(
    (response) => response.request().method() === 'POST' && response.url() === url,
  )
  await field.fill(value)
  await formState
}

/**
 * Clicks "Publicera ändringar" once the form has registered the change: on a cold `next dev` the
 * button can still be disabled right after typing, and a click on it does nothing.
 */
export const clickPublish = async (page: Page) => {
  const button = page.getByRole('button', { name: 'Publicera ändringar' })
  await expect(button).toBeEnabled()
  await button.click()
}

/** Opens "Skapa ny" for pages; with autosave Payload creates the draft and shows its edit view. */
export const createPage = async (page: Page): Promise<string> => {
  await page.goto('/admin/collections/pages/create')
  await expect(page).toHaveURL(/\/admin\/collections\/pages\/\d+$/)
  return page.url().split('/').at(-1)!
}

/** A visitor's view of the REST API: a fresh request context without the editor's cookies. */
export const anonymousGet = async (baseURL: string, path: string) => {
  const visitor = await request.newContext({ baseURL })
  try {
    const response = await visitor.get(path)
    return { body: await response.json(), status: response.status() }
  } finally {
    await visitor.dispose()
  }
}

/** A user with a role, created by the e2e administrator through the REST API. */
export const createUser = async (
  baseURL: string,
  role: 'kommunikator' | 'webbredaktor',
): Promise<{ email: string; password: string }> => {
  const admin = await request.newContext({ baseURL })
  try {
    const login = await admin.post('/api/users/login', { data: e2eAdmin })
    const { token } = await login.json()
    const user = {
      email: `${role}-${Date.now()}@exempelkommun.se`,
      password: 'E2e-lösenord-för-test-2',
    }
    const created = await admin.post('/api/users', {
      data: { ...user, name: role, role },
      headers: { Authorization: `JWT ${token}` },
    })
    expect(created.status()).toBe(201)
    return user
  } finally {
    await admin.dispose()
  }
}

/**
 * What Chromium sends with the page's own fetches. `page.request` shares the browser's cookies but
 * not this header, and without it (or an Origin) Payload's CSRF check ignores the session cookie.
 */
export const sameOrigin = { 'Sec-Fetch-Site': 'same-origin' }
