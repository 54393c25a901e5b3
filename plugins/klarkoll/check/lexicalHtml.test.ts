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

// Issue 15, item 6: fields the converters write unescaped cannot carry markup to the page.
test('stored HTML injection through a table cell or an upload URL is sanitised away', async () => {
  const cell = (headerState: unknown) => ({
    children: [paragraph({ text: 'Cell' }).root.children[0]],
    headerState,
    type: 'tablecell',
    version: 1,
  })
  const table = {
    root: {
      ...paragraph({ text: '' }).root,
      children: [
        {
          children: [
            {
              children: [
                cell('1"><meta http-equiv="refresh" content="0;url=https://ond.example">'),
                cell(0),
              ],
              type: 'tablerow',
              version: 1,
            },
          ],
          type: 'table',
          version: 1,
        },
        {
          fields: null,
          format: '',
          relationTo: 'media',
          type: 'upload',
          value: {
            filename: 'a.pdf',
            id: 1,
            mimeType: 'application/pdf',
            url: 'javascript:alert(1)',
          },
          version: 3,
        },
      ],
    },
  }
  const html = await lexicalToHtml(table)
  expect(html).toContain('Cell')
  expect(html).not.toMatch(/<meta|http-equiv|javascript:/i)
})
