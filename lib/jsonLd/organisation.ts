import type {
  ContactPoint,
  GovernmentOffice,
  GovernmentOfficeLeaf,
  GovernmentOrganization,
  GovernmentOrganizationLeaf,
  LocationFeatureSpecification,
  OpeningHoursSpecification,
  Place,
  PostalAddress,
  WithContext,
} from 'schema-dts'

import type { ContactDetail, OpeningHour } from '../../payload-types'

import { premisesFeatures } from '../../collections/contactDetails/residentFields'
import { toSchedule } from '../../collections/openingHours/toSchedule'
import { channelWords, describeResponseTime } from '../contact/responseTime'
import { municipality } from '../site'
import { municipalityId, unitId } from './ids'
import { openingHoursJsonLd, weeklyHoursJsonLd } from './openingHours'

type Channel = NonNullable<ContactDetail['channels']>[number]
type Visit = Extract<Channel, { blockType: 'visit' }>
type Address = { city: string; postalCode: string; street: string }

const postalAddress = (a: Address): PostalAddress => ({
  '@type': 'PostalAddress',
  addressCountry: 'SE',
  addressLocality: a.city,
  postalCode: a.postalCode,
  streetAddress: a.street,
})

/** Linked opening hours, when populated (a number means it was not readable or not populated). */
const hoursOf = (value: unknown): null | OpeningHour =>
  value && typeof value === 'object' ? (value as OpeningHour) : null

/**
 * A ContactPoint's hours: the weekly hours and seasonal periods only. schema.org gives contact
 * points no special hours; their holidays and exceptions are in the schedule's own JSON-LD,
 * calendar file and feed.
 */
const weeklyHours = (hours: OpeningHour): OpeningHoursSpecification[] =>
  weeklyHoursJsonLd(toSchedule(hours))

/** The languages a channel answers in (BCP 47); none chosen means Swedish. */
const languagesOf = (channel: Channel): string[] | string => {
  const codes = 'languages' in channel ? (channel.languages ?? []) : []
  return codes.length > 0 ? codes : 'sv'
}

const contactPoint = (channel: Channel, area: string): ContactPoint[] => {
  if (
    channel.blockType === 'visit' ||
    channel.blockType === 'postal' ||
    channel.blockType === 'web'
  )
    return []
  const hours = 'openingHours' in channel ? hoursOf(channel.openingHours) : null
  const promise = describeResponseTime(channel.responseTime, channelWords[channel.blockType])
  const point: ContactPoint = {
    '@type': 'ContactPoint',
    areaServed: area,
    availableLanguage: languagesOf(channel),
    contactOption:
      channel.blockType === 'phone' && channel.callCharge === 'avgiftsfritt'
        ? 'https://schema.org/TollFree'
        : undefined,
    contactType: channel.label || channelWords[channel.blockType],
    description: promise || undefined,
    email: channel.blockType === 'email' ? channel.address : undefined,
    hoursAvailable: hours ? weeklyHours(hours) : undefined,
    telephone:
      channel.blockType === 'phone' || channel.blockType === 'sms'
        ? channel.number.startsWith('+')
          ? channel.number
          : (channel.display ?? channel.number)
        : undefined,
    url: channel.blockType === 'chat' || channel.blockType === 'feedback' ? channel.url : undefined,
  }
  return [point]
}

/** What the premises offer, as schema.org amenity features. */
const amenities = (visit: Visit): LocationFeatureSpecification[] | undefined => {
  const offered = premisesFeatures.filter((feature) => visit.premises?.[feature.name])
  return offered.length > 0
    ? offered.map((feature) => ({
        '@type': 'LocationFeatureSpecification',
        name: feature.label.sv,
        value: true,
      }))
    : undefined
}

const geoOf = (visit: Visit) =>
  typeof visit.latitude === 'number' && typeof visit.longitude === 'number'
    ? { '@type': 'GeoCoordinates' as const, latitude: visit.latitude, longitude: visit.longitude }
    : undefined

/** A further visiting address as a Place with its visiting hours, holidays and exceptions. */
const place = (visit: Visit, today: string): Place => {
  const hours = hoursOf(visit.openingHours)
  const ld = hours ? openingHoursJsonLd(toSchedule(hours), { from: today }) : undefined
  return {
    '@type': 'Place',
    address: postalAddress(visit),
    amenityFeature: amenities(visit),
    geo: geoOf(visit),
    name: visit.label || undefined,
    openingHoursSpecification: ld?.openingHoursSpecification,
    specialOpeningHoursSpecification: ld?.specialOpeningHoursSpecification,
  }
}

/**
 * A unit as a typed schema.org entity with a stable `@id` (its section on Kontakta oss). With a
 * visiting address it is a GovernmentOffice, the local-business type search engines show with
 * address, position and opening hours (the first visiting address's); without one a
 * GovernmentOrganization. Phone, e-mail, SMS and chat are ContactPoints with their weekly hours
 * and response-time promise; further visiting addresses are Places. Types, properties and ranges
 * are checked against schema.org's vocabulary by the compiler (schema-dts).
 */
export const organisationJsonLd = (
  unit: ContactDetail,
  { site, today }: { site?: string; today: string },
): WithContext<GovernmentOffice> | WithContext<GovernmentOrganization> => {
  const channels = unit.channels ?? []
  const first = <T extends Channel['blockType']>(type: T) =>
    channels.find((c): c is Extract<Channel, { blockType: T }> => c.blockType === type)
  const visits = channels.filter((c): c is Visit => c.blockType === 'visit')
  const [office, ...otherVisits] = visits
  const postal = first('postal')
  const phone = first('phone')
  const email = first('email')
  const web = first('web')
  const id = unitId(unit.id, site)
  const area = unit.areaServed || municipality.name
  const common = {
    '@id': id,
    areaServed: area,
    contactPoint: channels.flatMap((c) => contactPoint(c, area)),
    email: email?.address,
    identifier: unit.organisationsnummer
      ? {
          '@type': 'PropertyValue' as const,
          propertyID: 'organisationsnummer',
          value: unit.organisationsnummer,
        }
      : undefined,
    name: unit.name,
    parentOrganization: unit.mainContact
      ? undefined
      : {
          '@id': municipalityId(site),
          '@type': 'GovernmentOrganization' as const,
          name: municipality.name,
        },
    telephone: phone?.number,
    url: web?.url ?? id,
  } satisfies Omit<GovernmentOrganizationLeaf, '@type'> & Omit<GovernmentOfficeLeaf, '@type'>
  if (!office) {
    return {
      '@context': 'https://schema.org',
      '@type': 'GovernmentOrganization',
      ...common,
      address: postal ? postalAddress(postal) : undefined,
    }
  }
  const hours = hoursOf(office.openingHours)
  const ld = hours ? openingHoursJsonLd(toSchedule(hours), { from: today }) : undefined
  return {
    '@context': 'https://schema.org',
    '@type': 'GovernmentOffice',
    ...common,
    address: postalAddress(office),
    amenityFeature: amenities(office),
    geo: geoOf(office),
    location: otherVisits.length > 0 ? otherVisits.map((v) => place(v, today)) : undefined,
    openingHoursSpecification: ld?.openingHoursSpecification,
    specialOpeningHoursSpecification: ld?.specialOpeningHoursSpecification,
  }
}
