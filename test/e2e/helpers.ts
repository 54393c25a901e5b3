import type { Page } from '@playwright/test'

import { expect, request } from '@playwright/test'

import { e2eAdmin } from '../../playwright.config'

export const logIn = async (page: Page) => {
  await page.goto('/admin/login')
  await page.getByLabel('E-post').fill(e2eAdmin.email)
  await page.getByLabel('Lösenord').fill(e2eAdmin.password)
  await page.getByRole('button', { name: 'Logga in' }).click()
  await expect(page).toHaveURL(/\/admin$/)
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
