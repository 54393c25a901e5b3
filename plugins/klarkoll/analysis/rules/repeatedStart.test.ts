import { test } from '@jest/globals'

import { testRule } from '../ruleTester'
import { repeatedStart } from './repeatedStart'

test('examples (rule tester)', () =>
  testRule(repeatedStart, {
    valid: [
      'Du ansöker på webben. Du får svar inom en vecka. Sedan kan du börja.',
      // A heading breaks the run.
      { text: ['Du ansöker. Du betalar.', '## Efter ansökan', 'Du får svar.'] },
    ],
    invalid: [
      {
        findings: [
          {
            excerpt: 'Du',
            message: '3 meningar i rad börjar med "Du". Variera början, så flyter texten bättre.',
            path: 'body.0',
          },
        ],
        text: 'Du ansöker på webben. Du får svar inom en vecka. Du kan sedan börja.',
      },
      // The run goes on into the next paragraph; case does not matter.
      {
        findings: [{ excerpt: 'Vi', path: 'body.0' }],
        text: ['Vi hämtar soporna. Vi tömmer kärlen.', 'vi kommer på måndagar.'],
      },
      {
        findings: [{ excerpt: 'Om' }],
        options: { min: 2 },
        text: 'Om du är sjuk, ring oss. Om du är frisk, kom hit.',
      },
    ],
  }))
