import { test } from '@jest/globals'

import { testPolicyRule } from '@klarkoll/payload-plugin'
import { requiredFields } from './requiredFields'

const filled = {
  shortDescription: 'Ansök om plats i förskola.',
  whatToHaveReady: [{ item: 'BankID' }],
}

test('examples (rule tester)', () =>
  testPolicyRule(requiredFields, {
    valid: [{ doc: filled }],
    invalid: [
      {
        doc: { ...filled, shortDescription: '  ', whatToHaveReady: [] },
        findings: [
          { path: 'shortDescription', message: /^Fyll i vad e-tjänsten är till för/ },
          { path: 'whatToHaveReady', message: /^Fyll i vad man behöver ha till hands/ },
        ],
      },
      {
        doc: filled,
        findings: [
          {
            message: 'Fyll i handläggningstid. Servicepolicyn lovar att det står innan man börjar.',
          },
        ],
        options: { fields: { 'processingTime.duration': 'handläggningstid' } },
      },
    ],
  }))
