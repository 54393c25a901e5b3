import { test } from '@jest/globals'

import { testPolicyRule } from '@klarkoll/payload-plugin'
import { mainContact } from './mainContact'

const phone = { blockType: 'phone', number: '+46123456700' }
const email = { address: 'kommun@exempelkommun.se', blockType: 'email' }
const postal = { blockType: 'postal', city: 'Exempelby', postalCode: '12345', street: 'Box 100' }

test('examples (rule tester)', () =>
  testPolicyRule(mainContact, {
    valid: [
      { doc: { channels: [phone, email, postal], mainContact: true } },
      // Only the municipality's main contact ("en väg in") needs all three.
      { doc: { channels: [email] } },
    ],
    invalid: [
      {
        doc: { channels: [email], mainContact: true },
        findings: [
          {
            message:
              'Kommunens huvudkontakt ("en väg in") saknar ett telefonnummer och en postadress. Servicepolicyn lovar ett telefonnummer, en e-postadress och en postadress.',
            path: 'channels',
          },
        ],
      },
    ],
  }))
