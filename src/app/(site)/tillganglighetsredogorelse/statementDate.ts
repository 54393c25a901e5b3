/** A day of the statement in Swedish ("1 december 2026"), or a dash when there is none. */
export const statementDate = (value: null | string) =>
  value
    ? new Intl.DateTimeFormat('sv-SE', { dateStyle: 'long', timeZone: 'UTC' }).format(
        new Date(value),
      )
    : '–'
