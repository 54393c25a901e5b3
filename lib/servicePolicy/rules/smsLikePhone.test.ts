import { test } from '@jest/globals'

import { testPolicyRule } from '@klarkoll/payload-plugin'
import { smsLikePhone } from './smsLikePhone'

const phone = {
  blockType: 'phone',
  number: '+46123456700',
  responseTime: { unit: 'timmar', value: 4 },
}
const sms = (responseTime?: { unit: string; value: number }) => ({
  blockType: 'sms',
  number: '+46701234567',
  ...(responseTime ? { responseTime } : {}),
})

test('examples (rule tester)', () =>
  testPolicyRule(smsLikePhone, {
    valid: [
      { doc: { channels: [phone, sms({ unit: 'timmar', value: 4 })] } },
      { doc: { channels: [phone, sms({ unit: 'timmar', value: 2 })] } },
      // Without a phone promise there is nothing to be like.
      { doc: { channels: [{ blockType: 'phone', number: '+46' }, sms()] } },
    ],
    invalid: [
      {
        doc: { channels: [phone, sms({ unit: 'arbetsdagar', value: 1 })] },
        findings: [
          {
            excerpt: '1 arbetsdag',
            message:
              'Sms lovar svar inom 1 arbetsdag, men telefonen inom 4 timmar. Servicepolicyn säger att sms besvaras som telefonsamtal.',
            path: 'channels.1.responseTime.value',
            suggestion: 'Inom 4 timmar',
          },
        ],
      },
      {
        doc: { channels: [phone, sms()] },
        findings: [
          {
            message:
              'Sms saknar svarstidslöfte. Servicepolicyn säger att sms besvaras som telefonsamtal: lova svar inom 4 timmar.',
            path: 'channels.1.responseTime.value',
            suggestion: 'Inom 4 timmar',
          },
        ],
      },
    ],
  }))
