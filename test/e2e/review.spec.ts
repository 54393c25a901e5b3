import { expect, test } from '@playwright/test'

import { createUser, logIn, sameOrigin } from './helpers'

test('an editor marks a page as reviewed in the sidebar, and the dashboard lists what is due', async ({
  baseURL,
  page,
}) => {
  const editor = await createUser(baseURL!, 'webbredaktor')
  await logIn(page, editor)
  // A seeded page: the demo's administrator owns it, and it has never been reviewed.
  const pages = await (
    await page.request.get('/api/pages?where[slug][equals]=start', { headers: sameOrigin })
  ).json()
  const id = pages.docs[0].id
  await page.goto(`/admin/collections/pages/${id}`)

  const box = page.getByTestId('klarkoll-review')
  await expect(box).toContainText('Senast granskad')
  await expect(box).toContainText('aldrig')
  await expect(box.getByTestId('klarkoll-review-next')).toHaveText(
    /^\d{4}-\d{2}-\d{2} \(om \d+ dagar\)$/,
  )
  await box.getByLabel('Anteckning (valfri)').fill('Kontrollerade öppettiderna på startsidan.')
  await box.getByRole('button', { name: 'Markera som granskad' }).click()
  await expect(box.getByRole('status')).toHaveText('Markerad som granskad.')
  await expect(box).not.toContainText('aldrig')

  const log = await (
    await page.request.get(`/api/klarkoll/review?collection=pages&id=${id}`, {
      headers: sameOrigin,
    })
  ).json()
  // Names, not the staff's e-mail addresses: only administrators see those.
  expect(log.log[0]).not.toHaveProperty('byEmail')
  expect(log.log[0]).toMatchObject({
    byName: 'webbredaktor',
    note: 'Kontrollerade öppettiderna på startsidan.',
  })

  await page.goto('/admin/klarkoll')
  await expect(page.getByRole('heading', { name: 'Aktualitet' })).toBeVisible()
})
