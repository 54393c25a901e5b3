import { test } from '@jest/globals'

import { testRule } from '../ruleTester'
import { acronym } from './acronym'

test('examples (rule tester)', () =>
  testRule(acronym, {
    valid: [
      'Du kan ha rätt till stöd enligt lagen om stöd och service (LSS). Ansök om LSS hos oss.',
      'Ansök om LSS (lagen om stöd och service) hos oss. LSS gäller alla åldrar.',
      // Known to everyone, Roman numerals, a name in capitals and small letters.
      'EU och FN samarbetar. Kapitel IV gäller. Logga in med BankID. Ring McDonald. VIKTIGT att veta.',
    ],
    invalid: [
      {
        findings: [{ excerpt: 'SoL' }, { excerpt: 'BAS-P' }],
        text: 'Ansök enligt SoL. Vi kräver BAS-P för uppdraget.',
      },
      {
        findings: [
          {
            excerpt: 'LSS',
            message:
              'Förklara förkortningen "LSS" första gången den används, till exempel "lagen om stöd och service (LSS)". Alla läsare känner inte till den.',
            path: 'body.0',
          },
        ],
        // Explained only after its first use.
        text: ['Ansök om LSS hos oss.', 'Lagen om stöd och service (LSS) gäller alla.'],
      },
      {
        findings: [{ excerpt: 'KAK' }],
        options: { known: ['LSS'] },
        text: 'LSS och KAK gäller.',
      },
    ],
  }))
