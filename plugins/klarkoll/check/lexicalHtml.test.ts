import { expect, test } from '@jest/globals'

import { lexicalToHtml } from './lexicalHtml'

const states = { color: { gron: { css: { color: '#3d9a47' }, label: 'Grön' } } }

const paragraph = (text: Record<string, unknown>) => ({
  root: {
    children: [
      {
        children: [
          { detail: 0, format: 0, mode: 'normal', style: '', type: 'text', version: 1, ...text },
        ],
        direction: 'ltr',
        format: '',
        indent: 0,
        type: 'paragraph',
        version: 1,
      },
    ],
    direction: 'ltr',
    format: '',
    indent: 0,
    type: 'root',
    version: 1,
  },
})

test('a colour the editor picked is rendered as the configured inline style', async () => {
  const html = await lexicalToHtml(
    paragraph({ $: { color: 'gron' }, text: 'Viktigt' }),
    undefined,
    states,
  )
  expect(html).toContain('<span style="color: #3d9a47">Viktigt</span>')
})

test('values the host did not configure are ignored, so stored JSON cannot inject CSS', async () => {
  const html = await lexicalToHtml(
    paragraph({ $: { color: 'red;background:url(x)' }, text: 'Text' }),
    undefined,
    states,
  )
  expect(html).not.toContain('style=')
  expect(html).toContain('Text')
})

test('without text states the default converter is used', async () => {
  expect(await lexicalToHtml(paragraph({ $: { color: 'gron' }, text: 'Text' }))).toBe('<p>Text</p>')
})
