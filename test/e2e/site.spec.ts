import AxeBuilder from '@axe-core/playwright'
import { expect, type Page, request, test } from '@playwright/test'

import { e2eAdmin } from '../../playwright.config'
import { statementParts } from '../../src/app/(site)/tillganglighetsredogorelse/parts'

/** Every page type of the public site, with where to find it. */
const pageTypes = [
  { name: 'startsida', path: '/' },
  { name: 'innehallssida', path: '/forskola' },
  { name: 'kontakta-oss', path: '/kontakta-oss' },
  { name: 'e-tjanster', path: '/e-tjanster' },
  { name: 'e-tjanst', path: '/e-tjanster/ansok-om-bygglov' },
  { name: 'tillganglighetsredogorelse', path: '/tillganglighetsredogorelse' },
  { name: '404', path: '/sidan-finns-inte', status: 404 },
]

const wcag21aa = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa']

const violationsOf = async (page: Page) => {
  const results = await new AxeBuilder({ page }).withTags(wcag21aa).analyze()
  return results.violations.map((v) => ({
    id: v.id,
    nodes: v.nodes.map((n) => n.target.join(' ')),
  }))
}

/** Tabs through the page: the skip link comes first, and every visible link is reached. */
const expectKeyboardReachesEveryLink = async (page: Page) => {
  await page.evaluate(() => (document.activeElement as HTMLElement | null)?.blur())
  const links = await page
    .locator('a[href]:visible')
    .evaluateAll((all) => all.map((a) => (a as HTMLAnchorElement).href))
  const reached: string[] = []
  for (let i = 0; i < links.length + 10; i++) {
    await page.keyboard.press('Tab')
    const href = await page.evaluate(() => (document.activeElement as HTMLAnchorElement)?.href)
    if (href) reached.push(href)
  }
  expect(reached[0]).toMatch(/#innehall$/)
  for (const link of links) expect(reached).toContain(link)
}

for (const { name, path, status = 200 } of pageTypes) {
  test(`${name}: WCAG 2.1 AA in Chromium without violations at 375 and 1280 px, every link by keyboard`, async ({
    page,
  }, testInfo) => {
    const response = await page.goto(path)
    expect(response?.status()).toBe(status)
    await expect(page.locator('html')).toHaveAttribute('lang', 'sv')
    await expect(page.getByRole('main')).toBeVisible()
    await expect(page.getByRole('link', { name: 'Tillgänglighetsredogörelse' })).toBeVisible()
    for (const width of [375, 1280]) {
      await page.setViewportSize({ height: 900, width })
      expect(await violationsOf(page)).toEqual([])
      // Kept as artifacts in test-results/e2e/ for people to look at, not compared.
      const file = testInfo.outputPath(`${name}-${width}px.png`)
      await page.screenshot({ fullPage: true, path: file })
      await testInfo.attach(`${name}-${width}px`, { contentType: 'image/png', path: file })
    }
    await page.reload()
    await expectKeyboardReachesEveryLink(page)
  })
}

test('the contact page tells when each unit is open, and its promises in plain words', async ({
  page,
}) => {
  await page.goto('/kontakta-oss')
  const unit = page.getByRole('region', { name: 'Kontaktcenter' })
  await expect(unit.getByText(/^(Öppet nu|Stängt nu)/).first()).toBeVisible()
  await expect(unit).toContainText('Vi svarar på e-post inom två arbetsdagar.')
  await expect(unit.getByRole('table', { name: 'Den här veckan' }).first()).toBeVisible()
  expect(await page.locator('script[type="application/ld+json"]').count()).toBeGreaterThan(0)
  // Labels that only repeat the kind are not said twice.
  await expect(unit).not.toContainText('Sms Sms')
  await expect(unit.getByRole('link', { name: 'Chatta med oss' })).toBeVisible()
  // What a resident can act on: languages, the premises, where to give feedback.
  await expect(unit).toContainText('Du kan också använda engelska och finska.')
  await expect(unit).toContainText(
    'Tillgänglighet: Entré utan trappsteg · Tillgänglig toalett · Hörslinga.',
  )
  await expect(unit.getByRole('link', { name: 'Lämna en synpunkt' })).toHaveAttribute(
    'href',
    'https://www.exempelkommun.se/synpunkter',
  )
  await expect(unit).toContainText('Vi svarar på synpunkter och klagomål inom sju dagar.')
  // A phone promise names its channel as e-mail's does.
  await expect(page.getByRole('region', { name: 'Socialtjänsten' })).toContainText(
    'Vi svarar på telefon inom en dag.',
  )
  // An Atom feed of deviations, linked and announced in the head.
  const feedLink = page.getByRole('link', { name: /^Prenumerera på avvikande öppettider/ })
  await expect(feedLink).toHaveAttribute('href', '/api/opening-hours/feed')
  await expect(page.locator('link[rel="alternate"][type="application/atom+xml"]')).toHaveAttribute(
    'href',
    /\/api\/opening-hours\/feed$/,
  )
  const feed = await page.request.get('/api/opening-hours/feed')
  expect(await feed.text()).toContain('<feed xmlns="http://www.w3.org/2005/Atom"')
  // Two units share Kontaktcenter's phone hours: each names itself, and no id is used twice.
  await expect(
    page
      .getByRole('region', { name: 'Barn- och utbildningsförvaltningen' })
      .getByRole('link', { name: /^Avvikande tider i din kalender:/ }),
  ).toHaveText(
    'Avvikande tider i din kalender: Barn- och utbildningsförvaltningen, telefontid (kalenderfil)',
  )
  const ids = await page.locator('[id]').evaluateAll((all) => all.map((e) => e.id))
  expect(ids.filter((id, i) => ids.indexOf(id) !== i)).toEqual([])
  // Each schedule offers its deviating days as a calendar file.
  const calendar = unit.getByRole('link', { name: /^Avvikande tider i din kalender:/ }).first()
  const href = await calendar.getAttribute('href')
  expect(href).toMatch(/^\/api\/opening-hours\/\d+\/calendar$/)
  const file = await page.request.get(href!)
  expect(file.headers()['content-type']).toBe('text/calendar; charset=utf-8')
  expect(await file.text()).toMatch(/^BEGIN:VCALENDAR[\s\S]*BEGIN:VEVENT/)
})

test('e-services filter by topic without JavaScript, and each has a start button', async ({
  browser,
}) => {
  const context = await browser.newContext({ javaScriptEnabled: false })
  const page = await context.newPage()
  await page.goto('/e-tjanster')
  await page.getByLabel('Ämne').selectOption('bygga-bo-miljo')
  await page.getByRole('button', { name: 'Visa' }).click()
  await expect(page).toHaveURL(/amne=bygga-bo-miljo/)
  await expect(page.getByRole('link', { name: 'Ansök om bygglov' })).toBeVisible()
  await expect(page.getByRole('link', { name: /förskoleplats/i })).toHaveCount(0)
  await page.getByRole('link', { name: 'Ansök om bygglov' }).click()
  await expect(page.getByRole('link', { name: /^Starta e-tjänsten/ })).toHaveAttribute(
    'href',
    /^https:\/\//,
  )
  await expect(page.getByRole('heading', { name: 'Det här behöver du' })).toBeVisible()
  // The editor's own sentences read as written: no "Det tar ungefär Du får…", no "taxa.).".
  const cost = page.getByRole('region', { name: 'Kostnad' })
  await expect(cost).toHaveText(
    /Det kostar 9\s200\skr\. Exempel för ett enbostadshus\. Avgiften följer kommunens taxa\.$/,
  )
  await expect(page.getByRole('region', { name: 'Handläggningstid' })).toHaveText(
    'HandläggningstidDu får beslut inom tio veckor efter att ansökan är komplett.',
  )
  await context.close()
})

test('a change published in the admin shows on the site; a draft does not', async ({ baseURL }) => {
  const api = await request.newContext({ baseURL })
  const { token } = await (await api.post('/api/users/login', { data: e2eAdmin })).json()
  const headers = { Authorization: `JWT ${token}` }
  const site = await request.newContext({ baseURL })
  try {
    const before = await site.get('/bibliotek')
    expect(before.status()).toBe(200)
    const { docs } = await (
      await api.get('/api/pages?where[slug][equals]=bibliotek', { headers })
    ).json()
    const title = `Biblioteken i Exempelkommun ${Date.now()}`
    const published = await api.patch(`/api/pages/${docs[0].id}`, {
      data: { _status: 'published', title },
      headers,
    })
    expect(published.status()).toBe(200)
    await expect.poll(async () => (await site.get('/bibliotek')).text()).toContain(title)

    const draft = await api.post('/api/pages?draft=true', {
      data: { ingress: 'Kommer snart.', slug: 'hemlig-sida', title: 'Hemlig sida' },
      headers,
    })
    expect(draft.status()).toBe(201)
    expect((await site.get('/hemlig-sida')).status()).toBe(404)
  } finally {
    await api.dispose()
    await site.dispose()
  }
})

test('live preview shows a signed-in editor the draft, and visitors nothing', async ({
  baseURL,
  page,
}) => {
  const api = await request.newContext({ baseURL })
  const { token } = await (await api.post('/api/users/login', { data: e2eAdmin })).json()
  const draft = await api.post('/api/pages?draft=true', {
    data: { ingress: 'Ett utkast.', slug: 'forhandsvisad', title: 'Förhandsvisad sida' },
    headers: { Authorization: `JWT ${token}` },
  })
  const id = (await draft.json()).doc.id
  await api.dispose()

  const visitor = await request.newContext({ baseURL })
  expect((await visitor.get(`/forhandsvisning/sidor/${id}`)).status()).toBe(404)
  await visitor.dispose()

  await page.goto('/admin/login')
  await page.getByLabel('E-post').fill(e2eAdmin.email)
  await page.getByLabel('Lösenord').fill(e2eAdmin.password)
  await page.getByRole('button', { name: 'Logga in' }).click()
  await expect(page).toHaveURL(/\/admin$/)
  await page.goto(`/forhandsvisning/sidor/${id}`)
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Förhandsvisad sida')
  await expect(page.getByRole('note')).toContainText('Förhandsvisning av ett utkast')
})

test('a page with an English version links to it, marked lang="en"; others do not', async ({
  baseURL,
  page,
}) => {
  const api = await request.newContext({ baseURL })
  const { token } = await (await api.post('/api/users/login', { data: e2eAdmin })).json()
  const headers = { Authorization: `JWT ${token}` }
  const { docs } = await (
    await api.get('/api/pages?where[slug][equals]=felanmalan&depth=0', { headers })
  ).json()
  const english = await api.patch(`/api/pages/${docs[0].id}?locale=en`, {
    data: {
      _status: 'published',
      ingress: 'Tell us about a pothole, a broken street light or graffiti.',
      title: 'Report a problem',
    },
    headers,
  })
  expect(english.status()).toBe(200)
  await api.dispose()

  await page.goto('/felanmalan')
  await page.getByRole('link', { name: 'In English' }).click()
  await expect(page).toHaveURL(/\/en\/felanmalan$/)
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Report a problem')
  await expect(page.locator('article')).toHaveAttribute('lang', 'en')
  await page.goto('/forskola')
  await expect(page.getByRole('link', { name: 'In English' })).toHaveCount(0)
  expect((await page.goto('/en/forskola'))?.status()).toBe(404)
})

test('sitemap.xml lists what is published, with English alternates; robots.txt points to it', async ({
  baseURL,
}) => {
  const api = await request.newContext({ baseURL })
  const { token } = await (await api.post('/api/users/login', { data: e2eAdmin })).json()
  const headers = { Authorization: `JWT ${token}` }
  const { docs } = await (
    await api.get('/api/pages?where[slug][equals]=hemtjanst&depth=0', { headers })
  ).json()
  const english = await api.patch(`/api/pages/${docs[0].id}?locale=en`, {
    data: { _status: 'published', ingress: 'Help at home.', title: 'Home care' },
    headers,
  })
  expect(english.status()).toBe(200)
  await api.dispose()

  const site = await request.newContext({ baseURL })
  try {
    await expect
      .poll(async () => (await site.get('/sitemap.xml')).text())
      .toContain(`hreflang="en" href="${baseURL}/en/hemtjanst"`)
    const response = await site.get('/sitemap.xml')
    expect(response.headers()['content-type']).toMatch(/xml/)
    const xml = await response.text()
    const urls = [...xml.matchAll(/<loc>([^<]+)<\/loc>/g)].map((m) => m[1])
    for (const path of ['/', '/forskola', '/kontakta-oss', '/e-tjanster/ansok-om-bygglov']) {
      expect(urls).toContain(`${baseURL}${path}`)
    }
    // The seeded draft and the start page's own slug are not addresses.
    expect(urls).not.toContain(`${baseURL}/nytt-simhall-utkast`)
    expect(urls).not.toContain(`${baseURL}/start`)
    expect(xml).toMatch(/<lastmod>\d{4}-\d\d-\d\dT/)

    const robots = await (await site.get('/robots.txt')).text()
    expect(robots).toContain(`Sitemap: ${baseURL}/sitemap.xml`)
    expect(robots).toMatch(/Disallow: \/admin/)
  } finally {
    await site.dispose()
  }
})

test('the accessibility statement has the parts of Digg’s model, in order, with grouped problems and its dates', async ({
  page,
}) => {
  await page.goto('/tillganglighetsredogorelse')
  const parts = await page.locator('article h2').allTextContents()
  expect(parts).toEqual([...statementParts])
  // The demo's known problem and its PDF exemption, each in its group, in the model's order
  // (other tests may have added problems to the statement before this one runs).
  const model = [
    'Bristande förenlighet med lagkraven',
    'Oskäligt betungande anpassning',
    'Innehåll som inte omfattas av lagstiftningen',
  ]
  const groups = await page.locator('article h3').allTextContents()
  expect(groups).toEqual(model.filter((group) => groups.includes(group)))
  expect(groups).toEqual(expect.arrayContaining([model[0], model[2]]))
  const lacking = page.getByRole('region', { name: 'Bristande förenlighet med lagkraven' })
  await expect(
    lacking.getByRole('heading', { name: 'Felanmälan av gatubelysning visar fel bara med färg' }),
  ).toBeVisible()
  const outside = page.getByRole('region', { name: 'Innehåll som inte omfattas av lagstiftningen' })
  await expect(outside).toContainText('publicerades före den 23 september 2018')
  const pdf = outside
    .getByRole('listitem')
    .filter({ hasText: 'publicerades före den 23 september 2018' })
  await expect(pdf.getByRole('term')).toHaveText(['Skäl'])
  await expect(
    page.getByText(
      /Redogörelsen upprättades den \d+ \w+ \d{4} och uppdaterades senast den \d+ \w+ \d{4}\./,
    ),
  ).toBeVisible()
  await expect(page.getByRole('link', { name: 'Diggs formulär för anmälan' })).toHaveAttribute(
    'href',
    'https://www.digg.se/tdosanmalan',
  )
  await expect(
    page.getByText(
      /Den här webbplatsen är delvis förenlig med lagen om tillgänglighet till digital offentlig service/,
    ),
  ).toBeVisible()
  // The phone number is a link to call, as on Kontakta oss.
  await expect(page.getByRole('link', { name: '0123-45 67 00' }).first()).toHaveAttribute(
    'href',
    'tel:+46123456700',
  )
})

test('every page type reflows at 320 px: nothing scrolls sideways (WCAG 1.4.10)', async ({
  page,
}) => {
  await page.setViewportSize({ height: 640, width: 320 })
  // With the longest words of the demo: "Barn- och utbildningsförvaltningen", "Parkeringstillstånd
  // för rörelsehindrade", an e-mail address in the statement.
  const paths = [
    ...pageTypes.map((type) => type.path),
    '/parkeringstillstand',
    '/e-tjanster/ansok-om-parkeringstillstand',
  ]
  const overflowing: string[] = []
  for (const path of paths) {
    await page.goto(path)
    const { client, scroll } = await page.evaluate(() => ({
      client: document.documentElement.clientWidth,
      scroll: document.documentElement.scrollWidth,
    }))
    if (scroll > client + 1) overflowing.push(`${path}: ${scroll} px`)
  }
  expect(overflowing).toEqual([])
})
