import type { ContactPoint, Place, WithContext } from 'schema-dts'

import type { Schedule } from '../openingHours'

import { scheduleId } from './ids'
import { openingHoursJsonLd, weeklyHoursJsonLd } from './openingHours'

type ScheduleDoc = { id: number | string; kind: string; name: string }

/**
 * One opening-hours document as a typed entity: where one goes (visiting hours, reception) a
 * Place with its special hours; where one calls or chats a ContactPoint with its weekly hours.
 */
export const scheduleJsonLd = (
  doc: ScheduleDoc,
  schedule: Schedule,
  { from, site }: { from: string; site?: string },
): WithContext<ContactPoint> | WithContext<Place> => {
  const id = scheduleId(doc.id, site)
  const common = { '@id': id, name: doc.name, url: id }
  if (doc.kind === 'telefontid' || doc.kind === 'chatt') {
    return {
      '@context': 'https://schema.org',
      '@type': 'ContactPoint',
      ...common,
      hoursAvailable: weeklyHoursJsonLd(schedule),
    }
  }
  const hours = openingHoursJsonLd(schedule, { from })
  return {
    '@context': 'https://schema.org',
    '@type': 'Place',
    ...common,
    openingHoursSpecification: hours.openingHoursSpecification,
    specialOpeningHoursSpecification: hours.specialOpeningHoursSpecification,
  }
}
