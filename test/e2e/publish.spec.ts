import { expect, test } from '@playwright/test'

import { anonymousGet, clickPublish, createPage, logIn, sameOrigin } from './helpers'

test('an editor writes and publishes a page that visitors can then read through REST', async ({
  baseURL,
  page,
}) => {
  const stamp = Date.now()
  const title = `Återvinningscentralen ${stamp}`
  const slug = `atervinningscentralen-${stamp}`

  await logIn(page)
  // The admin is Swedish whatever the browser asks for.
  await expect(page.getByRole('link', { name: 'Sidor' }).first()).toBeVisible()

  const id = await createPage(page)
  await page.getByLabel('Rubrik').fill(title)
  const body = page.locator('[data-lexical-editor="true"]')
  await body.click()
  await body.pressSequentially('Du kan lämna grovavfall på lördagar.')
  await clickPublish(page)
  await expect(page.locator('.doc-controls__status')).toContainText('Publicerad')

  const visitor = await anonymousGet(baseURL!, `/api/pages?where[slug][equals]=${slug}`)
  expect(visitor.status).toBe(200)
  expect(visitor.body.docs).toHaveLength(1)
  expect(visitor.body.docs[0]).toMatchObject({ _status: 'published', id: Number(id), title })
  expect(JSON.stringify(visitor.body.docs[0].body)).toContain(
    'Du kan lämna grovavfall på lördagar.',
  )
})

test('a draft is saved for the editor but never readable anonymously', async ({
  baseURL,
  page,
}) => {
  const title = `Hemligt utkast ${Date.now()}`

  await logIn(page)
  const id = await createPage(page)
  await page.getByLabel('Rubrik').fill(title)

  // Autosave stores the draft; the signed-in editor can read it back.
  await expect
    .poll(
      async () =>
        (
          await (
            await page.request.get(`/api/pages/${id}?draft=true`, { headers: sameOrigin })
          ).json()
        ).title,
      { timeout: 30_000 },
    )
    .toBe(title)

  expect((await anonymousGet(baseURL!, `/api/pages/${id}`)).status).toBe(404)
  expect((await anonymousGet(baseURL!, `/api/pages/${id}?draft=true`)).status).toBe(404)
  const list = await anonymousGet(baseURL!, `/api/pages?draft=true&limit=100`)
  expect(list.body.docs.map((d: { id: number }) => d.id)).not.toContain(Number(id))
})
