import { expect, test } from '@jest/globals'

import { testA11yRule } from '../ruleTester'
import { check } from '../test/helpers'
import { headingOrder } from './headingOrder'

test('passes: levels in order from 2', async () => {
  expect(
    await check('<h2>Ansök</h2><h3>Så gör du</h3><h2>Avgift</h2>', 'a11y/heading-order'),
  ).toEqual([])
})

test('fails: a skipped level, with WCAG 1.3.1 and the level to use', async () => {
  const [finding] = await check('<h2>Ansök</h2><h4>Bilagor</h4>', 'a11y/heading-order')
  expect(finding).toMatchObject({
    excerpt: 'Bilagor',
    message: expect.stringMatching(/^Rubriknivå 3 hoppas över/),
    path: 'body',
    suggestion: 'Gör rubriken till nivå 3.',
    wcag: '1.3.1',
  })
})

test('fails: the first heading at the wrong level for the template', async () => {
  expect(await check('<h1>Ansök</h1><p>Text.</p>', 'a11y/heading-order')).toEqual([
    expect.objectContaining({
      message: expect.stringMatching(/^Den första rubriken i texten är nivå 1/),
    }),
  ])
  expect(
    await check('<h3>Ansök</h3>', 'a11y/heading-order', ['warning', { firstLevel: 3 }]),
  ).toEqual([])
})

test('examples (rule tester)', () =>
  testA11yRule(headingOrder, {
    valid: [
      { html: '<h2>Ansök</h2><h3>Så gör du</h3><h2>Avgift</h2>' },
      { html: '<h3>Ansök</h3>', options: { firstLevel: 3 } },
    ],
    invalid: [{ findings: [{ excerpt: 'Bilagor' }], html: '<h2>Ansök</h2><h4>Bilagor</h4>' }],
  }))
