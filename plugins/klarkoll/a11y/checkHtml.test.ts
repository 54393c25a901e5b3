import { afterAll, expect, test } from '@jest/globals'

import { checkHtmlAccessibility } from './checkHtml'
import { workerPool } from './workerPool'

afterAll(() => workerPool().close())

test('the same fragment with the same settings is checked once; a running check is shared', async () => {
  const html = '<p>Text</p><img src="/DSC_1.jpg"><button></button>'
  const [first, second] = await Promise.all([
    checkHtmlAccessibility(html, { path: 'html' }),
    checkHtmlAccessibility(html, { path: 'html' }),
  ])
  expect(first.map((f) => f.ruleId)).toEqual(expect.arrayContaining(['a11y/image-alt', 'a11y/axe']))
  expect(second).toBe(first)
  expect(await checkHtmlAccessibility(html, { path: 'html' })).toBe(first)
  // Another field is another question: its findings carry its own path.
  const body = await checkHtmlAccessibility(html, { path: 'body' })
  expect(body).not.toBe(first)
  expect(body[0]!.path).toMatch(/^body/)
}, 60_000)

test('a check over its budget says a11y/unavailable and is not run again at once', async () => {
  const heavy = '<p><img src="/a.jpg"></p>'.repeat(300)
  const over = await checkHtmlAccessibility(heavy, { budgetMs: 1, path: 'html' })
  expect(over.map((f) => f.ruleId)).toEqual(['a11y/unavailable'])
  expect(over[0]!.message).toMatch(/Kontrollen tog mer än 0.001 s och avbröts/)
  expect(await checkHtmlAccessibility(heavy, { path: 'html' })).toBe(over)
}, 60_000)
