import { expect, test } from '@jest/globals'

import { runPolicy } from './run'

test('a policy finding keeps what its rule said: excerpt and suggestion, with id, area and level', async () => {
  const findings = await runPolicy(
    {
      collection: 'contact-details',
      doc: {
        channels: [
          { address: 'a@b.se', blockType: 'email', responseTime: { unit: 'dagar', value: 5 } },
        ],
      },
      load: async () => null,
    },
    { 'policy/response-time': ['error', { max: { email: { unit: 'dagar', value: 3 } } }] },
  )
  expect(findings).toContainEqual({
    area: 'policy',
    excerpt: '5 dagar',
    message: expect.stringMatching(/^E-post lovar svar inom 5 dagar/),
    path: 'channels.0.responseTime.value',
    ruleId: 'policy/response-time',
    severity: 'error',
    suggestion: 'Inom 3 dagar',
  })
})

test('rules of other collections stay silent', async () => {
  const findings = await runPolicy(
    { collection: 'pages', doc: { channels: [] }, load: async () => null },
    { 'policy/min-channels': 'error' },
  )
  expect(findings).toEqual([])
})
