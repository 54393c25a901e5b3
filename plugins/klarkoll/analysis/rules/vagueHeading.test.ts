import { test } from '@jest/globals'

import { testRule } from '../ruleTester'
import { vagueHeading } from './vagueHeading'

test('examples (rule tester)', () =>
  testRule(vagueHeading, {
    valid: [
      { text: ['## Så ansöker du', 'Fyll i blanketten.'] },
      // The same words in running text are not headings.
      'Övrigt material lämnar du i receptionen.',
      { text: ['## Information om avfall', 'Vi hämtar soporna varannan vecka.'] },
    ],
    invalid: [
      {
        findings: [
          {
            excerpt: 'Övrigt',
            message:
              'Rubriken "Övrigt" säger inget om innehållet. Skriv vad avsnittet handlar om, till exempel "Så ansöker du" eller "Det här kostar det".',
            path: 'body.0',
          },
        ],
        text: ['## Övrigt', 'Ring oss om du har frågor.'],
      },
      { findings: [{ excerpt: 'Mer information:' }], text: ['### Mer information:', 'Ring oss.'] },
      { findings: [{ excerpt: 'INLEDNING' }], text: ['## INLEDNING', 'Här börjar texten.'] },
      // A municipality's own words.
      {
        findings: [{ excerpt: 'Bra att veta' }],
        options: { extra: ['bra att veta'] },
        text: ['## Bra att veta', 'Ta med legitimation.'],
      },
    ],
  }))
