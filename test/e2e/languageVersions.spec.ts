import AxeBuilder from '@axe-core/playwright'
import { expect, type Page, test } from '@playwright/test'

import { choose, publish, typeInto, typeRichText } from './adminForm'
import { createPage, logIn } from './helpers'

const wcag21aa = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa']

const expectNoViolations = async (page: Page) => {
  for (const width of [320, 375, 1280]) {
    await page.setViewportSize({ height: 900, width })
    const results = await new AxeBuilder({ page }).withTags(wcag21aa).analyze()
    expect(
      results.violations.map((v) => ({ id: v.id, nodes: v.nodes.map((n) => n.target) })),
    ).toEqual([])
  }
}

/** Tabs from the top of the page until the link with this name has focus, then follows it. */
const followByKeyboard = async (page: Page, name: string) => {
  await page.evaluate(() => (document.activeElement as HTMLElement | null)?.blur())
  for (let i = 0; i < 40; i++) {
    await page.keyboard.press('Tab')
    const focused = await page.evaluate(() => document.activeElement?.textContent?.trim())
    if (focused === name) {
      await page.keyboard.press('Enter')
      return
    }
  }
  throw new Error(`Länken "${name}" nåddes inte med tabb.`)
}

test('a resident walks from a Swedish page to its lättläst and Finnish versions and back, by keyboard', async ({
  page,
}) => {
  await page.goto('/kontakta-kommunen')
  const menu = page.getByRole('navigation', { name: 'Sidan finns också som' })
  await expect(menu.getByRole('link', { name: 'Lättläst' })).toHaveAttribute('hreflang', 'sv')
  await expect(menu.getByRole('link', { name: 'Suomeksi' })).toHaveAttribute('lang', 'fi')
  await expect(page.locator('link[rel="alternate"][hreflang="fi"]')).toHaveAttribute(
    'href',
    /\/ota-yhteytta$/,
  )
  await expectNoViolations(page)

  await followByKeyboard(page, 'Lättläst')
  await expect(page).toHaveURL(/\/kontakta-kommunen-lattlast$/)
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(
    'Kontakta kommunen på lättläst svenska',
  )
  await expect(page.locator('article')).toHaveAttribute('lang', 'sv')
  await expectNoViolations(page)

  await followByKeyboard(page, 'Suomeksi')
  await expect(page).toHaveURL(/\/ota-yhteytta$/)
  await expect(page.locator('article')).toHaveAttribute('lang', 'fi')
  // The page's own language, with the Swedish frame marked as Swedish.
  await expect(page.locator('html')).toHaveAttribute('lang', 'fi')
  await expect(page.locator('header.site-header')).toHaveAttribute('lang', 'sv')
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Näin otat yhteyttä kuntaan')
  // The way back is in Swedish and says so; the Swedish page footer is marked Swedish too.
  const back = page.getByRole('navigation', { name: 'Sidan finns också som' }).getByRole('link', {
    name: 'På svenska',
  })
  await expect(back).toHaveAttribute('lang', 'sv')
  await expect(back).toHaveAttribute('hreflang', 'sv')
  await expect(page.locator('footer.page-meta')).toHaveAttribute('lang', 'sv')
  await expectNoViolations(page)

  await followByKeyboard(page, 'På svenska')
  await expect(page).toHaveURL(/\/kontakta-kommunen$/)

  // Kontakta oss, a page of its own, leads to the same versions.
  await page.goto('/kontakta-oss')
  await followByKeyboard(page, 'Suomeksi')
  await expect(page).toHaveURL(/\/ota-yhteytta$/)
})

test('choosing "Lättläst svenska" in the admin switches the panel to the lättläst rules', async ({
  page,
}) => {
  await logIn(page)
  await createPage(page)
  await typeInto(page, 'title', 'Så når du kommunen')
  // Fifteen words: within the site's 20, over lättläst's 12.
  await typeRichText(
    page,
    'Brödtext',
    'Du kan ringa till oss på vardagar och fråga om allt som du vill veta.',
  )
  const panel = page.getByTestId('klarkoll-panel')
  await expect(panel).toContainText('LIX')
  await expect(panel).not.toContainText('Meningen har')

  await choose(page, 'languageVersion.language', 'Lättläst svenska')
  await expect(panel).toContainText(
    'Meningen har 15 ord. Dela upp meningar som är längre än 12 ord.',
  )
  // A version needs its original, chosen among the Swedish pages.
  await choose(page, 'languageVersion.original', 'Så kontaktar du kommunen')

  await choose(page, 'languageVersion.language', 'Svenska (original)')
  await expect(panel).not.toContainText('Meningen har')
})

test('an original shows its versions; publishing changed text with a decision for each is carried out', async ({
  page,
}) => {
  await logIn(page)
  await page.goto('/admin/collections/pages?where[slug][equals]=kontakta-kommunen')
  await page.getByRole('link', { name: 'Så kontaktar du kommunen' }).click()
  const lattlast = page.getByRole('group', { name: /^Lättläst-versionen:/ })
  const finnish = page.getByRole('group', { name: /^Den finska versionen:/ })
  await expect(lattlast).toBeVisible()
  await expect(finnish).toBeVisible()
  await lattlast.getByRole('radio', { name: 'Gäller fortfarande' }).check()
  await finnish.getByRole('radio', { name: 'Ska uppdateras' }).check()
  await typeRichText(page, 'Brödtext', ' Du kan också boka ett möte med oss.')
  await publish(page)
  // The choices are spent with the publish: the next change needs new ones.
  await expect(lattlast.getByRole('radio', { name: 'Gäller fortfarande' })).not.toBeChecked()

  // The Finnish version was left to be updated: its panel says it is behind its original.
  const panelOf = async (slug: string, title: string) => {
    await page.goto(`/admin/collections/pages?where[slug][equals]=${slug}`)
    await page.getByRole('link', { name: title }).click()
    return page.getByTestId('klarkoll-panel')
  }
  await expect(await panelOf('ota-yhteytta', 'Näin otat yhteyttä kuntaan')).toContainText(
    'Den finska versionen granskades före senaste ändringen av originalet ”Så kontaktar du kommunen”',
  )
  // The lättläst version was confirmed as still valid: no such finding.
  const lattlastPanel = await panelOf(
    'kontakta-kommunen-lattlast',
    'Kontakta kommunen på lättläst svenska',
  )
  await expect(lattlastPanel).toContainText('LIX')
  await expect(lattlastPanel).not.toContainText('granskades före senaste ändringen')
})
