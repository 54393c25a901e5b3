import { describe, expect, test } from '@jest/globals'

import { databaseUnavailable, swedishErrors, unusableValue } from '../../lib/errors/swedishErrors'

const hook = (error: Error) => swedishErrors({ context: {}, error, req: {} as never })

describe('swedishErrors', () => {
  test('a body that is not JSON is answered in Swedish', () => {
    const error = Object.assign(new Error('Invalid JSON'), { status: 400 })
    expect(hook(error)).toMatchObject({
      response: { errors: [{ message: expect.stringMatching(/^Begäran är inte giltig JSON/) }] },
      status: 400,
    })
  })

  test.each([
    [
      'refused connection',
      Object.assign(new Error('connect ECONNREFUSED 127.0.0.1:5432'), { code: 'ECONNREFUSED' }),
    ],
    [
      'server shut down (57P01)',
      Object.assign(new Error('terminating connection'), { code: '57P01' }),
    ],
    ['connection lost', new Error('Connection terminated unexpectedly')],
    ['pool timeout', new Error('timeout exceeded when trying to connect')],
    [
      'wrapped by the query layer',
      Object.assign(new Error('Failed query: select 1'), {
        cause: Object.assign(new Error('the database system is starting up'), { code: '57P03' }),
      }),
    ],
  ])('a database that does not answer is a 503: %s', (_name, error) => {
    expect(databaseUnavailable(error)).toBe(true)
    expect(hook(error)).toMatchObject({ status: 503 })
  })

  test.each([
    ['not a number (22P02)', '22P02'],
    ['out of range (22003)', '22003'],
    ['NUL in text (22021)', '22021'],
    ['negative offset (2201X)', '2201X'],
  ])('a value the column cannot take is the request at fault, a 400: %s', (_name, code) => {
    const error = Object.assign(new Error('Failed query: select …'), {
      cause: Object.assign(new Error('invalid input'), { code }),
    })
    expect(unusableValue(error)).toBe(true)
    expect(hook(error)).toMatchObject({
      response: { errors: [{ message: expect.stringMatching(/^Frågan innehåller ett värde/) }] },
      status: 400,
    })
  })

  test('pasting a file from a web address, which is off, is explained in Swedish', () => {
    const error = Object.assign(new Error('Pasting from URL is not enabled for this collection.'), {
      status: 400,
    })
    expect(hook(error)).toMatchObject({
      response: { errors: [{ message: expect.stringMatching(/^Att hämta en fil/) }] },
      status: 400,
    })
  })

  test("Payload's query error is answered in Swedish, naming the paths", () => {
    const error = Object.assign(new Error('The following path cannot be queried: okänt'), {
      name: 'QueryError',
      status: 400,
    })
    expect(hook(error)).toMatchObject({
      response: {
        errors: [{ message: expect.stringMatching(/^Det går inte att söka på okänt:/) }],
      },
      status: 400,
    })
  })

  test('other errors are left to Payload', () => {
    expect(hook(new Error('Cannot read properties of undefined'))).toBeUndefined()
    expect(hook(Object.assign(new Error('Not Found'), { status: 404 }))).toBeUndefined()
    expect(databaseUnavailable(Object.assign(new Error('duplicate key'), { code: '23505' }))).toBe(
      false,
    )
    expect(unusableValue(Object.assign(new Error('duplicate key'), { code: '23505' }))).toBe(false)
    expect(hook(Object.assign(new Error('duplicate key'), { code: '23505' }))).toBeUndefined()
  })
})
