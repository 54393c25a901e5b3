import { expect, test } from '@jest/globals'

import { testPolicyRule } from '@klarkoll/payload-plugin'
import { phoneHours } from './phoneHours'

const hours = {
  phone: {
    weekly: [{ days: ['1', '2', '3', '4', '5'], intervals: [{ from: '09:00', to: '12:00' }] }],
  },
  phoneAllDay: {
    weekly: [{ days: ['1', '2', '3', '4', '5'], intervals: [{ from: '08:00', to: '16:30' }] }],
  },
  visit: {
    weekly: [
      {
        days: ['1', '2', '3', '4', '5'],
        intervals: [
          { from: '08:00', to: '12:00' },
          { from: '13:00', to: '16:30' },
        ],
      },
    ],
  },
}

const check = (phone: keyof typeof hours) =>
  phoneHours.check(
    {
      collection: 'contact-details',
      doc: {
        channels: [
          { blockType: 'phone', openingHours: phone },
          { blockType: 'visit', openingHours: 'visit' },
        ],
      },
      load: async (_, id) => hours[id as keyof typeof hours],
    },
    phoneHours.defaultOptions,
  )

test('passes: phone hours cover the visiting hours', async () => {
  expect(await check('phoneAllDay')).toEqual([])
})

test('fails: phone hours narrower than visiting hours, naming the gaps', async () => {
  const [finding] = await check('phone')
  expect(finding!.path).toBe('channels.0.openingHours')
  expect(finding!.message).toMatch(
    /^Telefontiden är kortare än besökstiden \(måndagar 08:00–09:00 och 13:00–16:30; tisdagar/,
  )
})

const channels = (phone: keyof typeof hours) => [
  { blockType: 'phone', openingHours: phone },
  { blockType: 'visit', openingHours: 'visit' },
]

test('examples (rule tester)', () =>
  testPolicyRule(
    phoneHours,
    {
      valid: [{ doc: { channels: channels('phoneAllDay') } }, { doc: { channels: [] } }],
      invalid: [
        {
          doc: { channels: channels('phone') },
          findings: [
            { message: /^Telefontiden är kortare än besökstiden/, path: 'channels.0.openingHours' },
          ],
        },
      ],
    },
    async (_, id) => hours[id as keyof typeof hours],
  ))
