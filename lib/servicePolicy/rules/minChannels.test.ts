import { test } from '@jest/globals'

import { testPolicyRule } from '@klarkoll/payload-plugin'
import { minChannels } from './minChannels'

const phone = { blockType: 'phone', number: '+46123456700' }
const email = { address: 'kommun@exempelkommun.se', blockType: 'email' }
const web = { blockType: 'web', url: 'https://www.exempelkommun.se' }

test('examples (rule tester)', () =>
  testPolicyRule(minChannels, {
    valid: [
      { doc: { channels: [phone, email] } },
      { doc: { channels: [email] }, options: { min: 1 } },
    ],
    invalid: [
      {
        // A website is where people read, not a way to reach someone.
        doc: { channels: [email, web] },
        findings: [
          {
            message: /^Enheten går att nå på 1 sätt \(e-post\)\. Servicepolicyn lovar minst 2/,
            path: 'channels',
            suggestion: 'Lägg till en kontaktväg under "Kontaktvägar".',
          },
        ],
      },
      {
        doc: { channels: [phone, email] },
        findings: [{ message: /lovar minst 3/ }],
        options: { min: 3 },
      },
    ],
  }))
