import { parsePhoneNumberFromString } from 'libphonenumber-js/max'

export type Checked<T> = { message: string; ok: false } | ({ ok: true } & T)

/**
 * Swedish short numbers that libphonenumber does not accept as phone numbers, allowed explicitly
 * with their usual spacing.
 */
export const shortNumbers: Record<string, { display: string; name: string }> = {
  '112': { display: '112', name: 'SOS Alarm' },
  '1177': { display: '1177', name: 'Vårdguiden' },
  '11313': { display: '113 13', name: 'Krisinformation' },
  '11414': { display: '114 14', name: 'Polisen' },
  '11500': { display: '115 00', name: 'Tjänsten för den som behöver prata' },
}

export type Phone = { e164: null | string; national: string; short?: string }

/** A phone number in Sweden: stored E.164 (+46…), shown national (08-123 456 78); short numbers as listed. */
export const checkPhone = (input: unknown): Checked<Phone> => {
  if (typeof input !== 'string' || input.trim() === '') {
    return { message: 'Ange ett telefonnummer, till exempel 0123-45 67 00.', ok: false }
  }
  const digits = input.replace(/[\s-]/g, '')
  const short = shortNumbers[digits]
  if (short) return { e164: null, national: short.display, ok: true, short: digits }
  const parsed = parsePhoneNumberFromString(input, 'SE')
  if (!parsed || !parsed.isValid()) {
    return {
      message: `"${input}" är inget giltigt telefonnummer. Skriv med riktnummer, till exempel 0123-45 67 00 eller +46 123 45 67 00.`,
      ok: false,
    }
  }
  return {
    e164: parsed.number,
    national: parsed.country === 'SE' ? parsed.formatNational() : parsed.formatInternational(),
    ok: true,
  }
}

// One @, no spaces, a dot in the domain, no dot at either end: what people mistype, nothing exotic.
const emailPattern = /^[^\s@]+@[^\s@.]+(?:\.[^\s@.]+)+$/

export const checkEmail = (input: unknown): Checked<{ email: string }> => {
  if (typeof input !== 'string' || input.trim() === '') {
    return { message: 'Ange en e-postadress, till exempel kommun@exempelkommun.se.', ok: false }
  }
  const email = input.trim()
  if (email.length > 254 || !emailPattern.test(email)) {
    return {
      message: `"${input}" är ingen giltig e-postadress, till exempel kommun@exempelkommun.se.`,
      ok: false,
    }
  }
  return { email: email.toLowerCase(), ok: true }
}

/** Swedish postal code, stored as "123 45". */
export const checkPostalCode = (input: unknown): Checked<{ postalCode: string }> => {
  const digits = typeof input === 'string' ? input.replace(/\s/g, '') : ''
  if (!/^[1-9]\d{4}$/.test(digits)) {
    return {
      message: `"${String(input ?? '')}" är inget giltigt postnummer. Skriv fem siffror, till exempel 123 45.`,
      ok: false,
    }
  }
  return { ok: true, postalCode: `${digits.slice(0, 3)} ${digits.slice(3)}` }
}

/** Luhn check digit over the first nine digits, as Skatteverket computes it. */
const luhnValid = (digits: string): boolean => {
  let sum = 0
  for (let i = 0; i < digits.length; i++) {
    let d = Number(digits[i]) * (i % 2 === 0 ? 2 : 1)
    if (d > 9) d -= 9
    sum += d
  }
  return sum % 10 === 0
}

/** Organisationsnummer NNNNNN-NNNN with a valid check digit; the third digit is 2 or more. */
export const checkOrganisationsnummer = (
  input: unknown,
): Checked<{ organisationsnummer: string }> => {
  const digits = typeof input === 'string' ? input.replace(/[\s-]/g, '') : ''
  if (!/^\d{10}$/.test(digits) || Number(digits[2]) < 2) {
    return {
      message: `"${String(input ?? '')}" är inget organisationsnummer. Skriv tio siffror, till exempel 212000-0142.`,
      ok: false,
    }
  }
  if (!luhnValid(digits)) {
    return {
      message: `Kontrollsiffran i organisationsnumret "${String(input)}" stämmer inte. Kontrollera numret.`,
      ok: false,
    }
  }
  return { ok: true, organisationsnummer: `${digits.slice(0, 6)}-${digits.slice(6)}` }
}

/** A web address the public site can link to: https with a real host name. */
export const checkHttpsUrl = (input: unknown): Checked<{ url: string }> => {
  let url: URL | undefined
  try {
    url = typeof input === 'string' ? new URL(input.trim()) : undefined
  } catch {
    url = undefined
  }
  if (!url || url.protocol !== 'https:' || !url.hostname.includes('.')) {
    return {
      message: `"${String(input ?? '')}" är ingen giltig webbadress. Den ska börja med https://, till exempel https://e.exempelkommun.se/ansok.`,
      ok: false,
    }
  }
  return { ok: true, url: url.toString() }
}
