import { test } from '@jest/globals'

import { testRule } from '../ruleTester'
import { numberFormat } from './numberFormat'

test('examples (rule tester)', () =>
  testRule(numberFormat, {
    valid: [
      'Vi har öppet kl. 8.00–16.30. Julafton den 24 december 2026 är stängt.',
      'Avgiften är 1 000 kr per år. Kommunen har 45 000 invånare. Det hände 2026.',
      // Addresses and ratios stay as they are.
      'Läs mer på https://www.exempelkommun.se/2026-12-24/kl-08:00 eller i skalan 1:1000.',
      'Postnumret är 123 45 och telefonnumret 0123-45 67 00.',
    ],
    invalid: [
      {
        findings: [
          {
            excerpt: 'kl. 08:00–16:30',
            message: 'Skriv klockslag med punkt, som "8.00" och "16.30", inte med kolon.',
            suggestion: 'kl. 8.00–16.30',
          },
        ],
        text: 'Vi har öppet kl. 08:00–16:30 på vardagar.',
      },
      {
        findings: [
          {
            excerpt: '2026-12-24',
            message: 'Skriv datum med bokstäver i löpande text: "24 december 2026".',
            suggestion: '24 december 2026',
          },
        ],
        text: 'Vi har stängt 2026-12-24.',
      },
      {
        findings: [
          { excerpt: '1.000 kr', suggestion: '1 000 kr' },
          { excerpt: '25000 invånare', suggestion: '25 000 invånare' },
        ],
        text: 'Avgiften är 1.000 kr. Kommunen har 25000 invånare.',
      },
    ],
  }))
