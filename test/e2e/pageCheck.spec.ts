import { expect, request, test } from '@playwright/test'

import { e2eAdmin } from '../../playwright.config'

const text = (value: string, color?: string) => ({
  detail: 0,
  format: 0,
  mode: 'normal',
  style: '',
  text: value,
  type: 'text',
  version: 1,
  ...(color ? { $: { color } } : {}),
})
const paragraph = (...children: ReturnType<typeof text>[]) => ({
  children,
  direction: 'ltr',
  format: '',
  indent: 0,
  type: 'paragraph',
  textFormat: 0,
  version: 1,
})

// Plain Swedish, so the publish gate lets it through; one sentence in the brand green, which
// is too pale for body text (3.5:1) — only a check of the rendered page can tell.
const body = {
  root: {
    children: [
      paragraph(
        text('Vi hämtar soporna varannan vecka. Ställ ut kärlet före klockan sju på morgonen.'),
      ),
      paragraph(
        text('Tänk på att locket ska gå att stänga. Annars tar vi inte med soporna.', 'profilgron'),
      ),
      paragraph(
        text('Har du frågor om hämtningen kan du ringa oss. Du kan också skicka e-post till oss.'),
      ),
    ],
    direction: 'ltr',
    format: '',
    indent: 0,
    type: 'root',
    version: 1,
  },
}

test('a published page with too pale text: the queued check finds it in Chromium and proposes it for the statement', async ({
  baseURL,
  page,
}) => {
  const api = await request.newContext({ baseURL })
  const login = await api.post('/api/users/login', { data: e2eAdmin })
  const headers = { Authorization: `JWT ${(await login.json()).token}` }
  const slug = `sophamtning-kontrast-${Date.now()}`

  const created = await api.post('/api/pages', {
    data: {
      _status: 'published',
      body,
      ingress: 'Så hämtar vi soporna hos dig.',
      slug,
      title: 'Sophämtning i din gata',
    },
    headers,
  })
  expect(created.status()).toBe(201)
  const id = (await created.json()).doc.id

  // A visitor sees the page as it was checked, with the colour the editor picked.
  await page.goto(`/${slug}`)
  await expect(
    page.getByRole('heading', { level: 1, name: 'Sophämtning i din gata' }),
  ).toBeVisible()
  await expect(page.getByText('Tänk på att locket')).toHaveCSS('color', 'rgb(61, 154, 71)')
  await expect(page.getByRole('link', { name: 'Tillgänglighetsredogörelse' })).toBeVisible()

  // The publish queued the check; the job runner opens the page in Chromium.
  const run = await api.get('/api/payload-jobs/run?queue=klarkoll&limit=50', { headers })
  expect(run.status()).toBe(200)

  const checked = await (await api.get(`/api/pages/${id}?depth=0`, { headers })).json()
  expect(checked.klarkoll.page.url).toContain(`/${slug}`)
  expect(checked.klarkoll.page.findings).toContainEqual(
    expect.objectContaining({ ruleId: 'a11y/page/color-contrast', wcag: '1.4.3' }),
  )

  const proposals = await (
    await api.get(`/api/accessibility-issues?where[checkKey][like]=pages:${id}:&depth=0`, {
      headers,
    })
  ).json()
  expect(proposals.docs).toHaveLength(1)
  const [proposal] = proposals.docs
  expect(proposal).toMatchObject({ review: 'forslag', source: 'automatisk', wcag: '1.4.3' })

  // Not in the public statement until someone approves it.
  const visitor = await request.newContext({ baseURL })
  const before = await (await visitor.get('/api/accessibility-statement')).json()
  expect(before.knownIssues.map((issue: { id: number }) => issue.id)).not.toContain(proposal.id)

  const approved = await api.patch(`/api/accessibility-issues/${proposal.id}`, {
    data: {
      alternative: 'Ring kontaktcenter om du inte kan läsa texten.',
      fixBy: '2027-01-31',
      review: 'godkand',
      summary: 'Grön text på sidan om sophämtning har för låg kontrast',
    },
    headers,
  })
  expect(approved.status()).toBe(200)
  const after = await (await visitor.get('/api/accessibility-statement')).json()
  expect(after.complianceStatus).not.toBe('helt')
  expect(after.knownIssues).toContainEqual(
    expect.objectContaining({ id: proposal.id, wcag: expect.objectContaining({ id: '1.4.3' }) }),
  )

  await page.goto('/tillganglighetsredogorelse')
  await expect(page.getByRole('heading', { level: 1 })).toContainText('Tillgänglighet för')
  await expect(
    page.getByRole('heading', { name: 'Grön text på sidan om sophämtning har för låg kontrast' }),
  ).toBeVisible()
  await expect(page.getByText('WCAG 2.1 1.4.3 Kontrast (minimum) (nivå AA)')).toBeVisible()
  await expect(page.getByRole('link', { name: 'Diggs formulär för anmälan' })).toHaveAttribute(
    'href',
    'https://www.digg.se/tdosanmalan',
  )
  await visitor.dispose()
  await api.dispose()
})
