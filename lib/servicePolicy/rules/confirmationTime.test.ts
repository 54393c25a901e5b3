import { test } from '@jest/globals'

import { testPolicyRule } from '@klarkoll/payload-plugin'
import { confirmationTime } from './confirmationTime'

const service = (confirmation?: string, serviceStatus = 'aktiv') => ({
  afterApplying: confirmation ? { confirmationTime: confirmation } : {},
  serviceStatus,
})

test('examples (rule tester)', () =>
  testPolicyRule(confirmationTime, {
    valid: [
      { doc: service('en-vecka') },
      { doc: service('direkt'), options: { max: 'ett-dygn' } },
      { doc: service('samma-dag'), options: { max: 'ett-dygn' } },
      { doc: service('ett-dygn'), options: { max: 'ett-dygn' } },
      // A retired e-service takes no applications.
      { doc: service(undefined, 'avvecklad'), options: { max: 'ett-dygn' } },
    ],
    invalid: [
      {
        doc: service(),
        findings: [
          {
            message:
              'Välj när den som söker får bekräftelse ("Bekräftelsen skickas"). Servicepolicyn lovar besked om att ansökan har kommit in.',
            path: 'afterApplying.confirmationTime',
          },
        ],
      },
      {
        doc: service(),
        options: { max: 'ett-dygn' },
        findings: [
          {
            message:
              'Välj när den som söker får bekräftelse ("Bekräftelsen skickas"). Servicepolicyn lovar besked om att ansökan har kommit in, inom ett dygn.',
            path: 'afterApplying.confirmationTime',
          },
        ],
      },
      {
        // One working day can span a weekend: three days, longer than a day.
        doc: service('en-arbetsdag'),
        options: { max: 'ett-dygn' },
        findings: [
          {
            excerpt: 'Inom en arbetsdag',
            message:
              'Bekräftelsen skickas inom en arbetsdag, men servicepolicyn lovar bekräftelse inom ett dygn. Skicka bekräftelsen snabbare eller ändra policyn.',
            path: 'afterApplying.confirmationTime',
            suggestion: 'Inom ett dygn',
          },
        ],
      },
    ],
  }))
