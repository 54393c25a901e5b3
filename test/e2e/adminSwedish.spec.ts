import { expect, type Page, test } from '@playwright/test'

import { logIn } from './helpers'

/**
 * Words of Payload's or our own English UI that must never reach a Swedish editor. The list is
 * kept here, in the test: add to it when a new English word is found in the admin.
 */
const englishWords = [
  'Add',
  'Address',
  'Alternative',
  'Back',
  'Cancel',
  'Channel',
  'Channels',
  'Choose',
  'Close',
  'Collapse',
  'Columns',
  'Copy',
  'Create',
  'Created',
  'Days',
  'Delete',
  'Description',
  'Draft',
  'Drag',
  'Duplicate',
  'Edit',
  'Email',
  'Exception',
  'Exceptions',
  'Expand',
  'Expires',
  'Filters',
  'Generate',
  'Hide',
  'Holidays',
  'Hours',
  'Interval',
  'Intervals',
  'Item',
  'Items',
  'Kind',
  'Loading',
  'Log',
  'Name',
  'New',
  'Next',
  'Notice',
  'Owner',
  'Password',
  'Periods',
  'Phone',
  'Previous',
  'Publish',
  'Published',
  'Remove',
  'Required',
  'Review',
  'Row',
  'Rows',
  'Save',
  'Search',
  'Select',
  'Show',
  'Slug',
  'Summary',
  'Title',
  'Unit',
  'Untitled',
  'Updated',
  'Upload',
  'Value',
  'Website',
  'Weekly',
]

/** Product names and codes that are written this way in Swedish too. */
const allowedCamelCase = new Set(['BankID', 'eID', 'eIDAS', 'JavaScript', 'LinkedIn', 'YouTube'])

/** The admin's visible text, without addresses (they are not words), code and the text being edited. */
const visibleWords = (page: Page) =>
  page.evaluate(() => {
    const main = document.querySelector('.template-default__wrap') ?? document.body
    const text = (main as HTMLElement).innerText.replace(/\S+@\S+/g, ' ').replace(/\S*\/\S*/g, ' ')
    const editable = [...document.querySelectorAll('[contenteditable="true"]')]
      .map((el) => (el as HTMLElement).innerText)
      .join(' ')
    // Code (rule ids, the configuration's option names) is written as a developer writes it.
    const code = [...main.querySelectorAll('code')].map((el) => (el as HTMLElement).innerText)
    const own = new Set([editable, ...code].join(' ').match(/[\p{L}]+/gu) ?? [])
    return (text.match(/[\p{L}]+/gu) ?? []).filter((word) => !own.has(word))
  })

const englishIn = (words: string[]) => {
  const english = new Set(englishWords)
  return [
    ...new Set(
      words.filter(
        (word) => english.has(word) || (/^[a-z]+[A-Z]/.test(word) && !allowedCamelCase.has(word)),
      ),
    ),
  ]
}

/** Opens every array and blocks field's add button once, so row labels and buttons show too. */
const addOneRowEach = async (page: Page) => {
  const buttons = page.locator('.array-field__add-row')
  const count = await buttons.count()
  for (let i = 0; i < count; i++) await buttons.nth(i).click()
}

const views: Array<{ path: string; settle: string }> = [
  { path: '/admin', settle: '.dashboard' },
  { path: '/admin/klarkoll', settle: '.template-default__wrap' },
  { path: '/admin/globals/accessibility-statement', settle: '#field-organisation' },
]
for (const collection of [
  'pages',
  'opening-hours',
  'contact-details',
  'e-services',
  'media',
  'users',
  'accessibility-issues',
]) {
  views.push({ path: `/admin/collections/${collection}`, settle: '.collection-list' })
  views.push({ path: `/admin/collections/${collection}/create`, settle: '.document-fields' })
}

test('every list and edit view of every collection is in Swedish', async ({ page }) => {
  test.setTimeout(600_000)
  await logIn(page)
  const found: Record<string, string[]> = {}
  for (const view of views) {
    await page.goto(view.path)
    await expect(page.locator(view.settle).first()).toBeVisible()
    if (view.path.endsWith('/create')) await addOneRowEach(page)
    const english = englishIn(await visibleWords(page))
    if (english.length > 0) found[view.path] = english
    // An existing document's edit view too, with its stored rows.
    if (view.path.endsWith('/create')) {
      await page.goto(view.path.replace(/\/create$/, ''))
      // The list rewrites its own address (?depth=0&limit=10) once it has loaded; a click during
      // that replace is lost, so the click comes when the page is quiet, as a reader's would.
      await page.waitForLoadState('networkidle')
      const first = page.locator('.collection-list .table tbody tr a').first()
      if ((await first.count()) > 0) {
        await first.click()
        await expect(page).toHaveURL(/\/\d+$/)
        await expect(page.locator('.document-fields').first()).toBeVisible()
        const stored = englishIn(await visibleWords(page))
        if (stored.length > 0) found[page.url()] = stored
      }
    }
  }
  expect(found).toEqual({})
})
