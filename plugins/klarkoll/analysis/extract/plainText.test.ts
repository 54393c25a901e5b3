import { expect, test } from '@jest/globals'

import { textToBlocks } from './plainText'

test('blank lines separate paragraphs; bullet and numbered lines are list items; offsets point back', () => {
  const text =
    'SALEMS KOMMUN\n\nFörsta stycket\nfortsätter här.\n\n- vara nåbar\n2. svara samma dag\n\nSlut.'
  const blocks = textToBlocks(text, 'policy')
  expect(blocks.map((b) => [b.kind, b.text])).toEqual([
    ['paragraph', 'SALEMS KOMMUN'],
    ['paragraph', 'Första stycket\nfortsätter här.'],
    ['listItem', '- vara nåbar'],
    ['listItem', '2. svara samma dag'],
    ['paragraph', 'Slut.'],
  ])
  for (const block of blocks) {
    expect(text.slice(block.offset, block.offset! + block.text.length)).toBe(block.text)
  }
})

test('nothing for empty or non-string input', () => {
  expect(textToBlocks('', 'x')).toEqual([])
  expect(textToBlocks(null, 'x')).toEqual([])
  expect(textToBlocks('\n\n  \n', 'x')).toEqual([])
})

test('a heading on its own line is a heading, not the start of the next sentence', () => {
  const blocks = textToBlocks('Öppettider\nVi har öppet måndag till fredag.', 'text')
  expect(blocks.map((b) => [b.kind, b.text, b.offset])).toEqual([
    ['heading', 'Öppettider', 0],
    ['paragraph', 'Vi har öppet måndag till fredag.', 11],
  ])
  // A sentence wrapped over two lines stays one paragraph, as does a long first line.
  expect(textToBlocks('Vi har öppet\nmåndag till fredag.', 'text').map((b) => b.kind)).toEqual([
    'paragraph',
  ])
  expect(
    textToBlocks('Du kan ringa oss.\nVi svarar inom två dagar.', 'text').map((b) => b.kind),
  ).toEqual(['paragraph'])
})
