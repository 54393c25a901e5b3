import { test } from '@jest/globals'

import { testRule } from '../ruleTester'
import { transitionWords } from './transitionWords'

const plain = 'Vi hämtar soporna på måndagar.'
const linked = 'Därför ställer du kärlet vid vägen.'
const text = (plainCount: number, linkedCount: number) =>
  [...Array(plainCount).fill(plain), ...Array(linkedCount).fill(linked)].join(' ')

test('examples (rule tester)', () =>
  testRule(transitionWords, {
    valid: [
      // 8 of 40 sentences: 20 %.
      text(32, 8),
      // Short texts are not judged.
      text(10, 0),
      { options: { minWords: 0 }, text: 'Ring oss till exempel på måndag.' },
    ],
    invalid: [
      {
        findings: [
          {
            message:
              '10 % av meningarna har ett sambandsord (som "därför", "men", "till exempel"). Med fler, minst 20 %, ser läsaren hur meningarna hänger ihop.',
            path: 'body.0',
            severity: 'info',
          },
        ],
        text: text(36, 4),
      },
      { findings: [{ severity: 'info' }], options: { minWords: 0 }, text: plain },
    ],
  }))
