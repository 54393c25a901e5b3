import { expect, test } from '@jest/globals'

import { checkProcessingTime, describeProcessingTime } from '../../lib/eServices/processingTime'

test.each([
  ['P8W', 'P8W', 'åtta veckor'],
  ['p3m', 'P3M', 'tre månader'],
  [' P10D ', 'P10D', 'tio dagar'],
  ['PT48H', 'PT48H', '48 timmar'],
  ['P1M2W', 'P1M2W', 'en månad och två veckor'],
  ['P1Y', 'P1Y', 'ett år'],
  ['P1DT1H30M', 'P1DT1H30M', 'en dag, en timme och 30 minuter'],
])('%s is stored as %s and reads "%s"', (input, iso, words) => {
  expect(checkProcessingTime(input)).toMatchObject({ iso, ok: true })
  expect(describeProcessingTime(input)).toBe(words)
})

test.each(['8 veckor', 'P', 'P1.5W', '-P1D', '', 'PT', 42])('%p is refused in Swedish', (input) => {
  const result = checkProcessingTime(input)
  expect(result.ok).toBe(false)
  if (!result.ok) expect(result.message).toMatch(/är ingen giltig handläggningstid|är noll/)
  expect(describeProcessingTime(input)).toBeUndefined()
})

test('a zero duration is refused with its own message', () => {
  const result = checkProcessingTime('P0D')
  expect(result).toEqual({
    message:
      'Handläggningstiden "P0D" är noll. Ange hur lång tid det tar, till exempel P8W för åtta veckor.',
    ok: false,
  })
})
