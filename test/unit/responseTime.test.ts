import { expect, test } from '@jest/globals'

import { describeResponseTime, withinWords } from '../../lib/contact/responseTime'
import { countWord } from '../../lib/swedishWords'

test('counts up to twelve are words, with the right gender for one', () => {
  expect([1, 2, 12, 13].map((n) => countWord(n))).toEqual(['en', 'två', 'tolv', '13'])
  expect(countWord(1, 'ett')).toBe('ett')
  expect(countWord(2.5)).toBe('2.5')
})

test.each([
  [{ unit: 'arbetsdagar', value: 2 }, 'e-post', 'Vi svarar på e-post inom två arbetsdagar.'],
  [{ unit: 'arbetsdagar', value: 1 }, 'sms', 'Vi svarar på sms inom en arbetsdag.'],
  [{ unit: 'timmar', value: 24 }, undefined, 'Vi svarar inom 24 timmar.'],
  [{ unit: 'dagar', value: 3 }, 'e-post', 'Vi svarar på e-post inom tre dagar.'],
] as const)('%j → %s', (promise, channel, sentence) => {
  expect(describeResponseTime(promise, channel)).toBe(sentence)
})

test('no promise, no sentence', () => {
  expect(describeResponseTime(undefined)).toBeUndefined()
  expect(describeResponseTime({ unit: 'dagar', value: null })).toBeUndefined()
  expect(withinWords({ unit: null, value: 2 })).toBeUndefined()
  expect(withinWords({ unit: 'dagar', value: 0 })).toBeUndefined()
})
