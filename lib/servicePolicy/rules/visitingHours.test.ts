import { test } from '@jest/globals'

import { testPolicyRule } from '@klarkoll/payload-plugin'
import { visitingHours } from './visitingHours'

test('examples (rule tester)', () =>
  testPolicyRule(visitingHours, {
    valid: [
      { doc: { channels: [{ blockType: 'visit', openingHours: 3, street: 'Storgatan 1' }] } },
    ],
    invalid: [
      {
        doc: { channels: [{ blockType: 'email' }, { blockType: 'visit', street: 'Storgatan 1' }] },
        findings: [
          {
            message: /^Besöksadressen "Storgatan 1" saknar öppettider/,
            path: 'channels.1.openingHours',
          },
        ],
      },
    ],
  }))
