import { test } from '@jest/globals'

import { testRule } from '../ruleTester'
import { paragraphLength } from './paragraphLength'

const words = (n: number) => `${Array.from({ length: n }, () => 'ord').join(' ')}.`

test('examples (rule tester)', () =>
  testRule(paragraphLength, {
    valid: [words(150), { text: [words(100), words(100)] }],
    invalid: [
      {
        findings: [
          {
            message:
              'Stycket har 151 ord. Dela det i kortare stycken med högst 150 ord, gärna ett budskap per stycke.',
            path: 'body.1',
          },
        ],
        text: [words(20), words(151)],
      },
      { findings: [{ path: 'body.0' }], options: { maxWords: 40 }, text: words(41) },
    ],
  }))
