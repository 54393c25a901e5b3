import type { FieldHook, TextFieldSingleValidation } from 'payload'

import type { Checked } from '../../lib/contact/validators'

/** A Payload field validation from one of the contact checks (empty passes unless required). */
export const fromCheck =
  (check: (value: unknown) => Checked<object>): TextFieldSingleValidation =>
  (value, { required }) => {
    if (!required && (value === undefined || value === null || value === '')) return true
    const result = check(value)
    return result.ok ? true : result.message
  }

/** Stores the checked, normalised form (E.164, "123 45", lower-case e-mail …). */
export const normalise =
  <T extends object>(
    check: (value: unknown) => Checked<T>,
    pick: (result: T) => null | string,
  ): FieldHook =>
  ({ value }) => {
    if (value === undefined || value === null || value === '') return value
    const result = check(value)
    return result.ok ? (pick(result) ?? value) : value
  }
