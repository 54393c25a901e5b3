import type { Area } from '../analysis/types'
import type { RowStatus } from './rows'

/** The dashboard's and the CSV's words for a document's status. */
export const statusLabels: Record<RowStatus, string> = {
  blocked: 'Stoppad',
  ok: 'Kan publiceras',
  overridden: 'Publicerad trots fel',
  unchecked: 'Ej granskad',
  warnings: 'Varningar',
}

export const areaLabels: Record<Area, string> = {
  a11y: 'Tillgänglighet',
  klarsprak: 'Klarspråk',
  policy: 'Servicepolicy',
  staleness: 'Aktualitet',
}

/** A number as Swedes write it: decimal comma, space between thousands ("1 234,5"). */
export const swedishNumber = (value: null | number, decimals = 1): string =>
  value === null
    ? '–'
    : value.toLocaleString('sv-SE', { maximumFractionDigits: decimals, minimumFractionDigits: 0 })

/** A time in Stockholm, as "2026-11-21 11:00". */
export const stockholmTime = (iso: null | string): string =>
  iso
    ? new Date(iso)
        .toLocaleString('sv-SE', {
          day: '2-digit',
          hour: '2-digit',
          minute: '2-digit',
          month: '2-digit',
          timeZone: 'Europe/Stockholm',
          year: 'numeric',
        })
        .replace(',', '')
    : ''
