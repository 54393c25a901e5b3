import { chromium, expect, request } from '@playwright/test'

import config, { e2eAdmin } from '../../playwright.config'
import { chromiumLaunchOptions } from '../../plugins/klarkoll/pages/browser'

/**
 * `next dev` compiles routes and loads the checkers (jsdom, axe-core) on first use, which made the
 * first test's refused publish take seconds. The server is warmed up before any test: the checkers
 * run once and a page's edit view is opened in Chromium, without changing any content.
 */
export default async function warmUp() {
  const baseURL = config.use!.baseURL!
  // Compiling a route on first use takes over 30 s on a busy machine: the warm-up waits for it.
  const api = await request.newContext({ baseURL, timeout: 180_000 })
  try {
    const login = await api.post('/api/users/login', { data: e2eAdmin })
    expect(login.status()).toBe(200)
    // A token, not the session cookie: the cookie counts only from the site's own origin (CSRF).
    const headers = { Authorization: `JWT ${(await login.json()).token}` }
    // The first check starts the worker threads: over a second, so a 202 until it is done.
    await expect
      .poll(
        async () =>
          (
            await api.post('/api/klarkoll/analyze', {
              data: { html: '<h2>Uppvärmning</h2><p>Den här texten värmer upp kontrollerna.</p>' },
              headers,
            })
          ).status(),
        { intervals: [1000], timeout: 60_000 },
      )
      .toBe(200)
    const pages = await (await api.get('/api/pages?limit=1&depth=0', { headers })).json()
    const id = (pages.docs as Array<{ id: number }>)[0]?.id
    const browser = await chromium.launch(chromiumLaunchOptions)
    try {
      const page = await browser.newPage({ baseURL })
      await page.goto('/admin/login')
      await page.getByLabel('E-post').fill(e2eAdmin.email)
      await page.getByLabel('Lösenord').fill(e2eAdmin.password)
      await page.getByRole('button', { name: 'Logga in' }).click()
      await expect(page).toHaveURL(/\/admin$/, { timeout: 120_000 })
      if (id !== undefined) {
        await page.goto(`/admin/collections/pages/${id}`)
        await expect(page.locator('[data-lexical-editor="true"]')).toBeVisible({
          timeout: 120_000,
        })
        await expect(page.getByTestId('klarkoll-panel')).toBeVisible({ timeout: 120_000 })
      }
    } finally {
      await browser.close()
    }
  } finally {
    await api.dispose()
  }
}
