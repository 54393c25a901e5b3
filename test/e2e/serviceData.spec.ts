import { expect, test } from '@playwright/test'

import { anonymousGet, clickPublish, fillField, logIn, sameOrigin } from './helpers'

test('a refused e-service keeps the editor’s text, and the corrected one is published', async ({
  baseURL,
  page,
}) => {
  await logIn(page)
  const found = await page.request.get('/api/e-services?where[slug][equals]=ansok-om-skolskjuts', {
    headers: sameOrigin,
  })
  const [service] = (await found.json()).docs
  await page.goto(`/admin/collections/e-services/${service.id}`)
  // The klarkoll panel has read the stored text: the form has its state. Typing earlier can be
  // lost to the form's first render on a slow machine, and "Publicera ändringar" stays disabled.
  await expect(page.getByText(/LIX \d+/).first()).toBeVisible()

  const description = page.getByLabel('Kort beskrivning')
  const tooLong = `Ansök om skolskjuts om ditt barn har lång väg till skolan. ${'Mer text. '.repeat(12)}`
  await fillField(page, description, tooLong)
  await clickPublish(page)

  // A Swedish message on the field; the editor's text is still there to shorten.
  await expect(
    page.getByText(/Den korta beskrivningen är \d+ tecken; den får vara högst 150/).first(),
  ).toBeVisible()
  await expect(description).toHaveValue(tooLong)
  const unchanged = await anonymousGet(baseURL!, `/api/e-services/${service.id}`)
  expect(unchanged.body.shortDescription).toBe(service.shortDescription)

  const fixed = 'Ansök om skolskjuts om ditt barn har mer än fyra kilometer till skolan.'
  await fillField(page, description, fixed)
  await clickPublish(page)
  await expect
    .poll(
      async () =>
        (await anonymousGet(baseURL!, `/api/e-services/${service.id}`)).body.shortDescription,
    )
    .toBe(fixed)
})

test('seeded opening hours with summer hours open in the admin and answer the status endpoint', async ({
  baseURL,
  page,
}) => {
  await logIn(page)
  const found = await page.request.get(
    `/api/opening-hours?where[name][equals]=${encodeURIComponent('Kontaktcenter – besökstid')}`,
    { headers: sameOrigin },
  )
  const [hours] = (await found.json()).docs
  await page.goto(`/admin/collections/opening-hours/${hours.id}`)
  await expect(page.getByText('Perioder (t.ex. sommartider)')).toBeVisible()
  await expect(page.getByLabel('Namn')).toHaveValue('Kontaktcenter – besökstid')

  const status = await anonymousGet(baseURL!, `/api/opening-hours/${hours.id}/status`)
  expect(status.status).toBe(200)
  expect(typeof status.body.open).toBe('boolean')
})
