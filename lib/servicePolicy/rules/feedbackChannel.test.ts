import { test } from '@jest/globals'

import { testPolicyRule } from '@klarkoll/payload-plugin'
import { feedbackChannel } from './feedbackChannel'

const phone = { blockType: 'phone', number: '+46123456700' }
const feedback = { blockType: 'feedback', url: 'https://www.exempelkommun.se/synpunkter' }

test('examples (rule tester)', () =>
  testPolicyRule(feedbackChannel, {
    valid: [
      { doc: { channels: [phone, feedback], mainContact: true } },
      // Units behind the main contact need not have one of their own.
      { doc: { channels: [phone] } },
    ],
    invalid: [
      {
        doc: { channels: [phone], mainContact: true },
        findings: [
          {
            message:
              'Kommunens huvudkontakt saknar en kontaktväg för synpunkter och klagomål. Servicepolicyn lovar att det är lätt att lämna synpunkter: lägg till "Synpunkter och klagomål" under Kontaktvägar.',
            path: 'channels',
          },
        ],
      },
    ],
  }))
