import { expect, test } from '@jest/globals'

import { testA11yRule } from '../ruleTester'
import { check } from '../test/helpers'
import { clickWording } from './clickWording'

test('passes: no "klicka"', async () => {
  expect(await check('<p>Välj Ansök för att börja.</p>', 'a11y/click-wording')).toEqual([])
  expect(await check('<p>Klickbara knappar finns.</p>', 'a11y/click-wording')).toEqual([])
})

test('fails: "klicka" anywhere in the text', async () => {
  const [finding] = await check(
    '<p>Du ansöker genom att klicka på knappen nedan.</p>',
    'a11y/click-wording',
  )
  expect(finding!.excerpt).toContain('klicka')
})

test('the excerpt is whole words around "klicka", never cut inside a word', async () => {
  const [finding] = await check(
    '<p>Du får ett beslut från socialkontoret. Klicka här för att ladda ner blanketten om ekonomiskt bistånd.</p>',
    'a11y/click-wording',
  )
  expect(finding!.excerpt).toBe('beslut från socialkontoret. Klicka här för att ladda')
})

test('examples (rule tester)', () =>
  testA11yRule(clickWording, {
    valid: [
      { html: '<p>Välj Ansök för att börja.</p>' },
      { html: '<p>Klickbara knappar finns.</p>' },
    ],
    invalid: [
      {
        findings: [{ message: /klicka/i }],
        html: '<p>Du ansöker genom att klicka på knappen nedan.</p>',
      },
    ],
  }))
