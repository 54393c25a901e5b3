import { expect, type Page, test } from '@playwright/test'

import { anonymousGet, clickPublish, createPage, createUser, logIn, sameOrigin } from './helpers'

// LIX over the site's limit of 55 once the title is counted: publishing is blocked.
const bureaucratic =
  'Den sökande äger rätt att erhålla besked om huruvida bygglov erfordras för den planerade åtgärden, varvid det åligger den sökande att tillse att samtliga erforderliga handlingar inkommer till byggnadsnämnden i god tid innan åtgärden påbörjas, då handläggningen annars icke kan påbörjas. Ansökningshandlingarna ska i förekommande fall kompletteras med konstruktionsritningar, situationsplan och nybyggnadskarta.'
const plain =
  'Du behöver bygglov för att bygga ett nytt hus. Skicka in din ansökan i god tid. Bifoga ritningar och en karta. Vi hör av oss om något saknas. Du får beslut inom tio veckor. Ring oss om du har frågor.'

// The dashboard test at the end lists the documents the first two tests published.
test.describe.configure({ mode: 'serial' })
const published: string[] = []

const writeBody = async (page: Page, text: string) => {
  const body = page.locator('[data-lexical-editor="true"]')
  await body.click()
  await page.keyboard.press('ControlOrMeta+a')
  await page.keyboard.press('Delete')
  await body.pressSequentially(text)
}

test('an editor sees the finding while typing, is stopped, fixes the text and publishes', async ({
  baseURL,
  page,
}) => {
  const editor = await createUser(baseURL!, 'webbredaktor')
  await logIn(page, editor)
  const id = await createPage(page)
  const title = `Bygglov ${Date.now()}`
  published.push(title)
  await page.getByLabel('Rubrik').fill(title)

  const panel = page.getByTestId('klarkoll-panel')
  await writeBody(page, bureaucratic)
  // The same engine as the gate runs in the browser: the blocking finding shows before publishing.
  await expect(panel.getByTestId('klarkoll-summary')).toHaveText(/fel stoppar publicering/)
  await expect(panel.locator('[data-rule="klarsprak/lix"]')).toContainText('Stoppar publicering')
  await expect(
    panel.locator('[data-rule="klarsprak/krangelord"]', { hasText: 'erhålla' }),
  ).toBeVisible()

  await clickPublish(page)
  await expect(page.getByText(/Texten har LIX \d+ \(mycket svår\)/).first()).toBeVisible()
  // Nothing was lost: the text is still in the editor, and the server kept the refused text as a
  // draft (not relying on the autosave, which may not run again after a failed publish), so it
  // survives a reload. Nothing was published.
  await expect(page.locator('[data-lexical-editor="true"]')).toContainText('Den sökande äger rätt')
  await expect
    .poll(async () =>
      JSON.stringify(
        (
          await (
            await page.request.get(`/api/pages/${id}?draft=true`, { headers: sameOrigin })
          ).json()
        ).body,
      ),
    )
    .toContain('nybyggnadskarta.')
  expect((await anonymousGet(baseURL!, `/api/pages/${id}`)).status).toBe(404)
  await page.reload()
  await expect(page.locator('[data-lexical-editor="true"]')).toContainText('Den sökande äger rätt')

  await writeBody(page, plain)
  await expect(panel.getByTestId('klarkoll-summary')).not.toHaveText(/stoppar publicering/)
  await clickPublish(page)
  await expect(page.locator('.doc-controls__status')).toContainText('Publicerad')
  const visitor = await anonymousGet(baseURL!, `/api/pages/${id}`)
  expect(visitor.status).toBe(200)
  expect(JSON.stringify(visitor.body.body)).toContain('Du behöver bygglov')
  expect(visitor.body.klarkoll).toEqual({ lix: expect.any(Number) })
})

test('a communicator publishes despite errors by giving a reason, and it is logged', async ({
  baseURL,
  page,
}) => {
  const communicator = await createUser(baseURL!, 'kommunikator')
  await logIn(page, communicator)
  const id = await createPage(page)
  const title = `Citat ur plan- och bygglagen ${Date.now()}`
  published.push(title)
  await page.getByLabel('Rubrik').fill(title)
  await writeBody(page, bureaucratic)

  const override = page.getByTestId('klarkoll-override')
  await expect(override).toBeVisible()
  await override.getByRole('textbox').fill('Lagtext som måste citeras ordagrant.')
  await clickPublish(page)
  await expect(page.locator('.doc-controls__status')).toContainText('Publicerad')

  const audit = await page.request.get(`/api/klarkoll-overrides?where[documentId][equals]=${id}`, {
    headers: sameOrigin,
  })
  expect((await audit.json()).docs).toEqual([
    expect.objectContaining({
      documentTitle: title,
      reason: 'Lagtext som måste citeras ordagrant.',
      ruleIds: ['klarsprak/lix'],
      userEmail: communicator.email,
    }),
  ])
})

test('the dashboard lists both documents with their status, and exports them as CSV', async ({
  page,
}) => {
  await logIn(page)
  // The link sits in the navigation (a drawer that may be closed at this width).
  await expect(page.locator('#nav-klarkoll')).toHaveAttribute('href', '/admin/klarkoll')
  await page.goto('/admin/klarkoll')
  await expect(page.getByRole('heading', { name: 'Klarkoll – översikt' })).toBeVisible()
  const [fixed, overridden] = published
  // The table of all documents (the views above it name the worst documents too).
  const documents = page.locator('.klarkoll-table')
  await expect(documents.getByRole('row', { name: new RegExp(fixed!) })).toBeVisible()
  await expect(documents.getByRole('row', { name: new RegExp(overridden!) })).toContainText(
    'Publicerad trots fel',
  )
  await page.getByLabel('Status').selectOption('overridden')
  await page.getByRole('button', { name: 'Filtrera' }).click()
  await expect(page).toHaveURL(/status=overridden/)
  await expect(documents.getByRole('row', { name: new RegExp(fixed!) })).toHaveCount(0)
  await expect(page.getByRole('img', { name: /LIX-fördelning/ })).toBeVisible()
  // The rule filter names each rule by its Swedish title, with the id for the settings.
  const ruleOptions = await page.getByLabel('Regel').locator('option').allTextContents()
  expect(ruleOptions).toContain('För högt LIX (klarsprak/lix)')
  expect(ruleOptions).not.toContain('klarsprak/lix')
  const csv = await page.request.get('/api/klarkoll/report.csv?status=overridden', {
    headers: sameOrigin,
  })
  expect(await csv.text()).toContain(overridden!)

  // Where each limit comes from: the site's LIX 55 replaces the preset chain's 60.
  const settings = page.getByRole('region', { name: 'Regler och gränser' })
  await expect(settings.locator('tr[data-rule="klarsprak/lix"]')).toHaveText(
    /För högt LIX.*fel.*max 55.*webbplatsens inställning, ersätter policyn Standard: fel, max 60/,
  )
  await expect(settings.locator('tr[data-rule="policy/sms-like-phone"]')).toContainText(
    'policyn Värmdö, ersätter policyn Standard: av',
  )
  await settings.getByText(/Regler med standardvärden \(\d+\)/).click()
  await expect(settings.locator('tr[data-rule="klarsprak/passive"]')).toContainText(
    'regelns standard',
  )
})

test('the accessibility checks run inside the app server: author rules and axe-core', async ({
  page,
}) => {
  await logIn(page)
  const analyze = () =>
    page.request.post('/api/klarkoll/analyze', {
      headers: sameOrigin,
      data: { html: '<h2>Avfall</h2><ul><p>Fel i listan</p></ul><p><a href="/a">Läs mer</a></p>' },
    })
  // A report not ready within a second is a 202 with Retry-After; the same request gets it later.
  let res = await analyze()
  for (let asked = 1; res.status() === 202 && asked < 30; asked++) {
    await page.waitForTimeout(1000)
    res = await analyze()
  }
  expect(res.status()).toBe(200)
  const ruleIds = ((await res.json()).findings as Array<{ ruleId: string }>).map((f) => f.ruleId)
  expect(ruleIds).toEqual(expect.arrayContaining(['a11y/link-text', 'a11y/axe']))
  expect(ruleIds).not.toContain('a11y/unavailable')
})
