import { longDate } from '../format'

/** A day of the statement in Swedish ("1 december 2026"), or a dash when there is none. */
export const statementDate = (value: null | string) => (value ? longDate(value) : '–')
