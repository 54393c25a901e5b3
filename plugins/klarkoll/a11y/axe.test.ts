import { expect, test } from '@jest/globals'

import { checkHtmlAccessibility } from './checkHtml'

test('axe-core runs in jsdom in Swedish, and reports what the author rules do not', async () => {
  const findings = await checkHtmlAccessibility(
    '<h2>Ansök</h2><p>Text</p><ul><p>Fel i listan</p></ul><input type="text">',
    { path: 'body' },
  )
  const axe = findings.filter((f) => f.ruleId === 'a11y/axe')
  expect(axe.map((f) => f.message)).toEqual(
    expect.arrayContaining([
      expect.stringMatching(/\(axe-core: list\)$/),
      expect.stringMatching(/\(axe-core: label\)$/),
    ]),
  )
  // Swedish help texts from axe-core's locales/sv.json.
  expect(axe.find((f) => f.message.endsWith('(axe-core: label)'))!.message).toMatch(/etikett/i)
  expect(axe.every((f) => f.area === 'a11y' && f.path === 'body')).toBe(true)
})

test('no double reports: an image the author rule flagged is not reported by axe too', async () => {
  const findings = await checkHtmlAccessibility('<p>Text</p><img src="/DSC_1.jpg">', {
    path: 'body',
  })
  expect(findings.map((f) => f.ruleId)).toEqual(['a11y/image-alt'])
})

test('layout and page-level rules are left out on a fragment', async () => {
  const findings = await checkHtmlAccessibility(
    '<p style="color:#eee;background:#fff">Ljusgrå text</p>',
    { path: 'body' },
  )
  // Not axe's layout-based color-contrast: the inline colour is klarkoll's own rule's to judge.
  expect(findings.map((f) => f.ruleId)).toEqual(['a11y/inline-contrast'])
})

test('settings: axe can be turned off or told to skip a rule', async () => {
  const html = '<ul><p>Fel i listan</p></ul>'
  expect(
    await checkHtmlAccessibility(html, { path: 'b', settings: { 'a11y/axe': 'off' } }),
  ).toEqual([])
  expect(
    await checkHtmlAccessibility(html, {
      path: 'b',
      settings: { 'a11y/axe': ['error', { disable: ['list'] }] },
    }),
  ).toEqual([])
})

test('with every accessibility rule off, the checks report nothing and say they are off', async () => {
  const { accessibilityEnabled } = await import('./checkHtml')
  const { a11yRules } = await import('./rules')
  const off = Object.fromEntries(
    [...a11yRules.map((r) => r.id), 'a11y/axe'].map((id) => [id, 'off' as const]),
  )
  expect(accessibilityEnabled(off)).toBe(false)
  expect(accessibilityEnabled({})).toBe(true)
  expect(await checkHtmlAccessibility('<img src="/a.jpg">', { path: 'b', settings: off })).toEqual(
    [],
  )
})
