import { expect, test } from '@jest/globals'

import { keepsWithin } from '../responseTimes'
import { testPolicyRule } from '@klarkoll/payload-plugin'
import { responseTime } from './responseTime'

const check = (channels: unknown[], options: Partial<Parameters<typeof responseTime.check>[1]>) =>
  responseTime.check(
    { collection: 'contact-details', doc: { channels }, load: async () => null },
    { ...responseTime.defaultOptions, ...options },
  )

test('passes: e-mail promised within the limit', () => {
  expect(
    check(
      [{ address: 'a@b.se', blockType: 'email', responseTime: { unit: 'arbetsdagar', value: 2 } }],
      {
        max: { email: { unit: 'arbetsdagar', value: 2 } },
      },
    ),
  ).toEqual([])
})

test('fails: a promise longer than the policy, on its field', () => {
  expect(
    check(
      [
        { blockType: 'phone', number: '+46' },
        { address: 'a@b.se', blockType: 'email', responseTime: { unit: 'dagar', value: 5 } },
      ],
      { max: { email: { unit: 'dagar', value: 3 } } },
    ),
  ).toEqual([
    {
      excerpt: '5 dagar',
      message:
        'E-post lovar svar inom 5 dagar, men servicepolicyn lovar svar inom 3 dagar. Korta löftet eller ändra policyn.',
      path: 'channels.1.responseTime.value',
      suggestion: 'Inom 3 dagar',
    },
  ])
})

test('fails: a required channel without a promise', () => {
  const [finding] = check([{ blockType: 'phone', label: 'Växel', number: '+46' }], {
    require: ['phone'],
  }) as Array<{ message: string; path: string }>
  expect(finding).toEqual({
    message:
      'Telefon "Växel" saknar svarstidslöfte. Servicepolicyn lovar att vi säger när vi svarar: fyll i "Svarstidslöfte".',
    path: 'channels.0.responseTime.value',
  })
})

test('working days span weekends: 2 working days can be 4 calendar days', () => {
  expect(keepsWithin({ unit: 'arbetsdagar', value: 2 }, { unit: 'dagar', value: 3 })).toBe(false)
  expect(keepsWithin({ unit: 'arbetsdagar', value: 2 }, { unit: 'dagar', value: 4 })).toBe(true)
  expect(keepsWithin({ unit: 'dagar', value: 2 }, { unit: 'arbetsdagar', value: 2 })).toBe(true)
  expect(keepsWithin({ unit: 'timmar', value: 24 }, { unit: 'dagar', value: 1 })).toBe(true)
  expect(keepsWithin({ unit: 'timmar', value: 25 }, { unit: 'dagar', value: 1 })).toBe(false)
})

test('examples (rule tester)', () =>
  testPolicyRule(responseTime, {
    valid: [
      {
        doc: {
          channels: [
            {
              address: 'a@b.se',
              blockType: 'email',
              responseTime: { unit: 'arbetsdagar', value: 2 },
            },
          ],
        },
      },
      // Only e-mail must carry a promise by default.
      { doc: { channels: [{ blockType: 'phone', number: '+46' }] } },
    ],
    invalid: [
      {
        doc: { channels: [{ address: 'a@b.se', blockType: 'email' }] },
        findings: [
          { message: /^E-post saknar svarstidslöfte/, path: 'channels.0.responseTime.value' },
        ],
      },
      {
        doc: {
          channels: [
            { address: 'a@b.se', blockType: 'email', responseTime: { unit: 'dagar', value: 5 } },
          ],
        },
        findings: [{ excerpt: '5 dagar', suggestion: 'Inom 3 dagar' }],
        options: { max: { email: { unit: 'dagar', value: 3 } } },
      },
    ],
  }))

test('Salem S9: complaints are answered within a week at the latest', () => {
  const feedback = (value: number) => ({
    blockType: 'feedback',
    responseTime: { unit: 'dagar', value },
    url: 'https://www.exempelkommun.se/synpunkter',
  })
  const salem = {
    max: { feedback: { unit: 'dagar' as const, value: 7 } },
    require: ['feedback' as const],
  }
  expect(check([feedback(7)], salem)).toEqual([])
  expect(check([feedback(10)], salem)).toEqual([
    {
      excerpt: '10 dagar',
      message:
        'Synpunkter och klagomål lovar svar inom 10 dagar, men servicepolicyn lovar svar inom 7 dagar. Korta löftet eller ändra policyn.',
      path: 'channels.0.responseTime.value',
      suggestion: 'Inom 7 dagar',
    },
  ])
  expect(check([{ blockType: 'feedback', url: 'https://x.se' }], salem)).toHaveLength(1)
})
