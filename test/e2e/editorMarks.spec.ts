import type { Page, TestInfo } from '@playwright/test'

import { expect, test } from '@playwright/test'

import { clickPublish, createPage, createUser, logIn, sameOrigin } from './helpers'

/** The words under each klarkoll highlight in the rich text, by severity. */
const highlighted = (page: Page, severity: 'error' | 'info' | 'warning') =>
  page.evaluate(
    (name) => [...(CSS.highlights.get(name) ?? [])].map((range) => range.toString()),
    `klarkoll-${severity}`,
  )

/** Where the first highlighted range of a severity stands on screen. */
const centreOfMark = (page: Page, severity: 'warning') =>
  page.evaluate((name) => {
    const box = ([...(CSS.highlights.get(name) ?? [])][0] as Range).getBoundingClientRect()
    return { x: box.x + box.width / 2, y: box.y + box.height / 2 }
  }, `klarkoll-${severity}`)

const keep = async (page: Page, testInfo: TestInfo, name: string) => {
  // Kept as artifacts in test-results/e2e/ for people to look at, not compared.
  const file = testInfo.outputPath(`${name}.png`)
  await page.screenshot({ path: file })
  await testInfo.attach(name, { contentType: 'image/png', path: file })
}

const body = (page: Page) => page.locator('[data-lexical-editor="true"]').first()

test.beforeEach(async ({ baseURL, page }) => {
  await page.setViewportSize({ height: 900, width: 1280 })
  await logIn(page, await createUser(baseURL!, 'webbredaktor'))
})

test('a typed krångelord is marked on exactly its letters in the body, the title and the ingress', async ({
  page,
}, testInfo) => {
  const id = await createPage(page)
  await page.getByLabel('Rubrik').fill('Bygglov t.ex. för altaner')
  await page.getByLabel('Ingress').fill('Här kan du erhålla svar.')
  await body(page).click()
  await body(page).pressSequentially('Du kan erhålla ett beslut. Vi inhämtar uppgifter.')

  await expect.poll(() => highlighted(page, 'warning')).toEqual(['erhålla', 'inhämtar'])
  const marksIn = (field: string) =>
    page.locator(`#field-${field} ~ .klarkoll-mirror .klarkoll-mark`)
  await expect(marksIn('title')).toHaveText(['t.ex.'])
  await expect(marksIn('ingress')).toHaveText(['erhålla'])
  // The underlined copy lies on the field's own letters: the mark sits inside the input's box.
  const input = (await page.getByLabel('Rubrik').boundingBox())!
  const mark = (await marksIn('title').boundingBox())!
  expect(mark.y).toBeGreaterThan(input.y)
  expect(mark.y + mark.height).toBeLessThan(input.y + input.height)

  // Hovering a mark shows its finding and suggestion.
  const spot = await centreOfMark(page, 'warning')
  await page.mouse.move(spot.x, spot.y)
  const tooltip = page.getByTestId('klarkoll-tooltip')
  await expect(tooltip).toContainText('Skriv hellre "få" än "erhålla"')
  await expect(tooltip.getByRole('button', { name: 'Byt till ”få”' })).toBeVisible()
  await keep(page, testInfo, 'editor-marks-1280px')

  // The marks are never saved: the draft holds the words as typed, in plain text nodes.
  await expect
    .poll(async () => {
      const draft = await (
        await page.request.get(`/api/pages/${id}?draft=true`, { headers: sameOrigin })
      ).json()
      return JSON.stringify(draft.body ?? null)
    })
    .toContain('Vi inhämtar uppgifter.')
  const draft = await (
    await page.request.get(`/api/pages/${id}?draft=true`, { headers: sameOrigin })
  ).json()
  expect(JSON.stringify(draft.body)).not.toMatch(/klarkoll|"type":"mark"/)
})

test('clicking a finding selects its words; its suggestion replaces them in one step and Ctrl+Z brings them back', async ({
  page,
}) => {
  await createPage(page)
  await page.getByLabel('Rubrik').fill('Avgifter t.ex. för bygglov')
  await body(page).click()
  await body(page).pressSequentially('Avgiften kan erläggas i förskott. Du kan erhålla hjälp.')
  const panel = page.getByTestId('klarkoll-panel')
  const finding = panel.locator('[data-rule="klarsprak/krangelord"]', { hasText: 'erhålla' })

  await finding.locator('.klarkoll-finding__go').click()
  await expect.poll(() => page.evaluate(() => getSelection()?.toString())).toBe('erhålla')

  await finding.getByRole('button', { name: 'Byt till ”få”' }).click()
  await expect(body(page)).toHaveText('Avgiften kan erläggas i förskott. Du kan få hjälp.')
  await expect(finding).toHaveCount(0)
  await page.keyboard.press('Control+z')
  await expect(body(page)).toHaveText('Avgiften kan erläggas i förskott. Du kan erhålla hjälp.')
  await expect.poll(() => highlighted(page, 'warning')).toContain('erhålla')

  // The same in a plain text field: the title's abbreviation.
  const title = page.getByLabel('Rubrik')
  const abbreviation = panel.locator('[data-rule="klarsprak/abbreviation"]')
  await abbreviation.locator('.klarkoll-finding__go').click()
  await expect
    .poll(() =>
      title.evaluate((el: HTMLInputElement) =>
        el.value.slice(el.selectionStart ?? 0, el.selectionEnd ?? 0),
      ),
    )
    .toBe('t.ex.')
  await abbreviation.getByRole('button', { name: 'Byt till ”till exempel”' }).click()
  await expect(title).toHaveValue('Avgifter till exempel för bygglov')
  await page.keyboard.press('Control+z')
  await expect(title).toHaveValue('Avgifter t.ex. för bygglov')
})

test('the verdict stays in view while scrolling to the end of a long page, turns red when a publish would be refused, and opens the panel', async ({
  page,
}) => {
  await createPage(page)
  await page.getByLabel('Rubrik').fill('Lång sida om avfall')
  await body(page).click()
  // LIX over the site's limit of 55: publishing would be refused.
  await page.keyboard.insertText(
    'Den sökande äger rätt att erhålla besked om huruvida bygglov erfordras för den planerade åtgärden, varvid det åligger den sökande att tillse att samtliga erforderliga handlingar inkommer till byggnadsnämnden i god tid innan åtgärden påbörjas, då handläggningen annars icke kan påbörjas. Ansökningshandlingarna ska i förekommande fall kompletteras med konstruktionsritningar, situationsplan och nybyggnadskarta.',
  )
  const verdict = page.getByTestId('klarkoll-verdict')
  await expect(verdict).toHaveClass(/klarkoll-verdict--blocked/)
  await expect(verdict).toContainText(/LIX \d+ · [1-9]\d* fel/)

  await page.keyboard.press('ControlOrMeta+a')
  const paragraph =
    'Sopkärlet töms varannan vecka. Ställ ut kärlet kvällen före tömningen. Vi hämtar grovsopor en gång i månaden.'
  for (let i = 0; i < 30; i++) {
    await page.keyboard.insertText(paragraph)
    await page.keyboard.press('Enter')
  }
  await expect(verdict).toContainText('0 fel')
  await expect(verdict).not.toHaveClass(/klarkoll-verdict--blocked/)

  await page.evaluate(() => window.scrollTo(0, document.documentElement.scrollHeight))
  await page.mouse.wheel(0, 20_000)
  const box = (await verdict.boundingBox())!
  expect(box.y).toBeGreaterThanOrEqual(0)
  expect(box.y + box.height).toBeLessThanOrEqual(200)

  await verdict.click()
  const heading = page.getByTestId('klarkoll-panel').getByRole('heading', { name: 'Klarkoll' })
  await expect(heading).toBeFocused()
  await expect(heading).toBeInViewport()
})

test('publishing with warnings lists them by area at once', async ({ page }) => {
  await createPage(page)
  await page.getByLabel('Rubrik').fill(`Parkering ${Date.now()}`)
  await page.getByLabel('Ingress').fill('Så parkerar du nära rådhuset.')
  await body(page).click()
  await body(page).pressSequentially(
    'Du kan parkera nära rådhuset. Parkeringen är gratis i två timmar. Du kan erhålla ett tillstånd.',
  )
  await expect(page.getByTestId('klarkoll-summary')).toHaveText(/varning/)
  await clickPublish(page)
  await expect(page.locator('.doc-controls__status')).toContainText('Publicerad')
  await expect(page.getByText(/Publicerad med \d+ varning(ar)?: .*Klarspråk \d+/)).toBeVisible()
})
