import { describe, expect, test } from '@jest/globals'

import {
  checkEmail,
  checkHttpsUrl,
  checkOrganisationsnummer,
  checkPhone,
  checkPostalCode,
} from '../../lib/contact/validators'

describe('checkPhone', () => {
  test.each([
    ['0123-45 67 00', '+46123456700', '0123-45 67 00'],
    ['08-123 456 78', '+46812345678', '08-123 456 78'],
    ['+46 70 123 45 67', '+46701234567', '070-123 45 67'],
  ])('%s is stored %s and shown %s', (input, e164, national) => {
    expect(checkPhone(input)).toEqual({ e164, national, ok: true })
  })

  test('short numbers are allowed explicitly', () => {
    expect(checkPhone('114 14')).toEqual({
      e164: null,
      national: '114 14',
      ok: true,
      short: '11414',
    })
    expect(checkPhone('1177')).toMatchObject({ national: '1177', ok: true })
  })

  test.each(['12345', '08-12', 'ring oss', ''])('"%s" is refused in Swedish', (input) => {
    expect(checkPhone(input)).toEqual({
      message: expect.stringMatching(/telefonnummer/),
      ok: false,
    })
  })
})

test('checkEmail', () => {
  expect(checkEmail(' Kommun@Exempelkommun.se ')).toEqual({
    email: 'kommun@exempelkommun.se',
    ok: true,
  })
  for (const bad of [
    'kommun@exempelkommun',
    'kommun exempelkommun.se',
    'a@b@c.se',
    'kommun@.se',
    '',
  ]) {
    expect(checkEmail(bad)).toMatchObject({
      message: expect.stringMatching(/e-postadress/),
      ok: false,
    })
  }
})

test('checkPostalCode', () => {
  expect(checkPostalCode('12345')).toEqual({ ok: true, postalCode: '123 45' })
  expect(checkPostalCode('123 45')).toEqual({ ok: true, postalCode: '123 45' })
  for (const bad of ['1234', '023 45', 'abc 12', null]) {
    expect(checkPostalCode(bad)).toMatchObject({
      message: expect.stringMatching(/postnummer/),
      ok: false,
    })
  }
})

test('checkOrganisationsnummer: format and check digit', () => {
  // Telefonaktiebolaget LM Ericsson, a published organisationsnummer.
  expect(checkOrganisationsnummer('5560160680')).toEqual({
    ok: true,
    organisationsnummer: '556016-0680',
  })
  expect(checkOrganisationsnummer('556016-0681')).toMatchObject({
    message: expect.stringMatching(/^Kontrollsiffran/),
    ok: false,
  })
  // A personnummer-like number (third digit below 2) is not an organisation.
  expect(checkOrganisationsnummer('8112189876')).toMatchObject({ ok: false })
  expect(checkOrganisationsnummer('55601606')).toMatchObject({ ok: false })
})

test('checkHttpsUrl', () => {
  expect(checkHttpsUrl('https://e.exempelkommun.se/ansok')).toEqual({
    ok: true,
    url: 'https://e.exempelkommun.se/ansok',
  })
  for (const bad of [
    'http://e.exempelkommun.se',
    'javascript:alert(1)',
    'https://localhost',
    'e.exempelkommun.se',
  ]) {
    expect(checkHttpsUrl(bad)).toMatchObject({
      message: expect.stringMatching(/https:\/\//),
      ok: false,
    })
  }
})
