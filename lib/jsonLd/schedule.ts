import type { ContactPoint, Place, WithContext } from 'schema-dts'

import type { Schedule } from '../openingHours'

import { siteUrl } from '../site'
import { openingHoursJsonLd } from './openingHours'

type ScheduleDoc = { id: number | string; kind: string; name: string }

/** The `@id` of a schedule: its section on Kontakta oss. */
export const scheduleId = (id: number | string, site = siteUrl()) =>
  `${site}/kontakta-oss#oppettider-${id}`

/**
 * One opening-hours document as a typed entity: where one goes (visiting hours, reception) a
 * Place with its special hours; where one calls or chats a ContactPoint with its weekly hours.
 */
export const scheduleJsonLd = (
  doc: ScheduleDoc,
  schedule: Schedule,
  { from, site }: { from: string; site?: string },
): WithContext<ContactPoint> | WithContext<Place> => {
  const hours = openingHoursJsonLd(schedule, { from })
  const common = { '@id': scheduleId(doc.id, site), name: doc.name, url: scheduleId(doc.id, site) }
  if (doc.kind === 'telefontid' || doc.kind === 'chatt') {
    return {
      '@context': 'https://schema.org',
      '@type': 'ContactPoint',
      ...common,
      hoursAvailable: hours.openingHoursSpecification,
    }
  }
  return {
    '@context': 'https://schema.org',
    '@type': 'Place',
    ...common,
    openingHoursSpecification: hours.openingHoursSpecification,
    specialOpeningHoursSpecification: hours.specialOpeningHoursSpecification,
  }
}
