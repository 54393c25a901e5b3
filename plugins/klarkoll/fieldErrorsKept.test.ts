import { expect, test } from '@jest/globals'

import { fieldErrorsKept } from './fieldErrorsKept'

const refused = Object.assign(new Error('Följande fält är ogiltigt: Brödtext'), {
  data: { collection: 'pages', errors: [{ message: 'LIX 62 är för svårt.', path: 'body' }] },
  isPublic: true,
  status: 400,
})
const run = (error: Error, result: unknown) =>
  fieldErrorsKept({ error, result } as Parameters<typeof fieldErrorsKept>[0])

test('an answer that lost the field errors gets them back, with the status', () => {
  expect(run(refused, { errors: [{ message: refused.message }] })).toEqual({
    response: {
      errors: [{ name: 'ValidationError', data: refused.data, message: refused.message }],
    },
    status: 400,
  })
})

test('answers that kept them, and errors without field errors or not public, stay as they are', () => {
  expect(run(refused, { errors: [{ data: refused.data, message: 'x' }] })).toBeUndefined()
  expect(run(new Error('Något gick fel'), { errors: [{ message: 'x' }] })).toBeUndefined()
  expect(run(Object.assign(new Error('hemligt'), { data: refused.data }), {})).toBeUndefined()
})
