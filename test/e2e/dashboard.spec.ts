import { expect, test } from '@playwright/test'

import { createUser, logIn } from './helpers'

test('the dashboard shows the seeded site checked, and "Granska hela webbplatsen" runs to 100 %', async ({
  baseURL,
  page,
}, testInfo) => {
  await page.setViewportSize({ height: 900, width: 1280 })
  await logIn(page, await createUser(baseURL!, 'kommunikator'))
  await page.goto('/admin/klarkoll')
  await expect(page.getByRole('heading', { name: 'Klarkoll – översikt' })).toBeVisible()

  // The demo content was checked when it was seeded: figures, not "Ej granskad".
  const figures = (await page.locator('.klarkoll-dashboard > p').first().textContent()) ?? ''
  const [, documents, warnings] = figures.match(/(\d+) dokument .* (\d+) varningar/) ?? []
  expect(Number(documents)).toBeGreaterThan(20)
  expect(Number(warnings)).toBeGreaterThan(0)
  expect(figures).toMatch(/snitt-LIX \d+(,\d)?\b/)
  // (Other tests' drafts may be there unchecked; the seeded pages are checked.)
  for (const seeded of ['Bibliotek', 'Bygglov', 'Vatten och avlopp']) {
    const row = page.locator('.klarkoll-table tbody tr', {
      has: page.getByRole('link', { exact: true, name: seeded }),
    })
    await expect(row).not.toHaveAttribute('data-status', 'unchecked')
  }
  await expect(page.getByTestId('klarkoll-top-problems').locator('li')).toHaveCount(10)
  await expect(
    page.getByTestId('klarkoll-by-rule').getByRole('link', { name: 'Krångelord' }),
  ).toBeVisible()
  await expect(page.getByRole('heading', { name: 'Per ägare' })).toBeVisible()
  await expect(page.getByRole('heading', { name: 'Per samling' })).toBeVisible()
  // Every chart has its numbers as a table too.
  await expect(page.locator('.klarkoll-chart details summary')).toHaveCount(2)

  const file = testInfo.outputPath('dashboard-1280px.png')
  await page.screenshot({ fullPage: true, path: file })
  await testInfo.attach('dashboard-1280px', { contentType: 'image/png', path: file })

  await page.getByRole('button', { name: 'Granska hela webbplatsen' }).click()
  const progress = page.getByTestId('klarkoll-site-audit-progress')
  await expect(progress).toBeVisible()
  await expect(progress).toHaveAttribute('value', '100', { timeout: 120_000 })
  const done = (await page.locator('.klarkoll-site-audit__progress label').textContent()) ?? ''
  const [, checked, all] = done.match(/^(\d+) av (\d+) dokument granskade \(100 %\)$/) ?? []
  expect(Number(checked)).toBeGreaterThanOrEqual(Number(documents))
  expect(checked).toBe(all)
  await expect(page.locator('.klarkoll-site-audit__progress small')).toContainText(/^Klar /)
})

test('a web editor sees the dashboard but not the site audit button', async ({ baseURL, page }) => {
  await logIn(page, await createUser(baseURL!, 'webbredaktor'))
  await page.goto('/admin/klarkoll')
  await expect(page.getByRole('heading', { name: 'Klarkoll – översikt' })).toBeVisible()
  await expect(page.getByRole('button', { name: 'Granska hela webbplatsen' })).toHaveCount(0)
})
