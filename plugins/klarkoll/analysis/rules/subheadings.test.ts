import { test } from '@jest/globals'

import { testRule } from '../ruleTester'
import { subheadings } from './subheadings'

const words = (n: number) => `${Array.from({ length: n }, () => 'ord').join(' ')}.`

test('examples (rule tester)', () =>
  testRule(subheadings, {
    valid: [
      // A short page needs no heading.
      { text: [words(150), words(150)] },
      { text: [words(200), '## Så ansöker du', words(200), '## Efter ansökan', words(250)] },
    ],
    invalid: [
      {
        findings: [
          {
            message:
              'Texten har 320 ord och inga mellanrubriker. Sätt rubriker som säger vad som kommer, ungefär var 300:e ord.',
            path: 'body.0',
          },
        ],
        text: [words(160), words(160)],
      },
      {
        findings: [
          {
            message:
              'Avsnittet har 340 ord utan mellanrubrik. Dela det med rubriker som säger vad som kommer, ungefär var 300:e ord.',
            path: 'body.2',
          },
        ],
        text: [words(100), '## Så ansöker du', words(170), words(170), '## Kostnad', words(20)],
      },
    ],
  }))
