import type { ContactDetail, OpeningHour } from '../../payload-types'

import { toSchedule } from '../../collections/openingHours/toSchedule'
import { describeResponseTime } from '../contact/responseTime'
import { municipality } from '../site'
import { openingHoursJsonLd } from './openingHours'

type Channel = NonNullable<ContactDetail['channels']>[number]
type Address = { city: string; postalCode: string; street: string }

const postalAddress = (a: Address) => ({
  '@type': 'PostalAddress',
  addressCountry: 'SE',
  addressLocality: a.city,
  postalCode: a.postalCode,
  streetAddress: a.street,
})

/** Linked opening hours, when populated (a number means it was not readable or not populated). */
const hoursOf = (value: unknown): null | OpeningHour =>
  value && typeof value === 'object' ? (value as OpeningHour) : null

/** ContactPoint has only hoursAvailable: dated exceptions go there too, with validFrom/Through. */
const allHours = (hours: OpeningHour, today: string) => {
  const { openingHoursSpecification, specialOpeningHoursSpecification } = openingHoursJsonLd(
    toSchedule(hours),
    { from: today },
  )
  return [...openingHoursSpecification, ...specialOpeningHoursSpecification]
}

const channelWords: Record<string, string> = {
  chat: 'chatten',
  email: 'e-post',
  phone: 'telefon',
  sms: 'sms',
}

const contactPoint = (channel: Channel, today: string) => {
  if (
    channel.blockType === 'visit' ||
    channel.blockType === 'postal' ||
    channel.blockType === 'web'
  )
    return []
  const reach =
    channel.blockType === 'email'
      ? { email: channel.address }
      : channel.blockType === 'chat'
        ? { url: channel.url }
        : {
            telephone: channel.number.startsWith('+')
              ? channel.number
              : (channel.display ?? channel.number),
          }
  const hours = 'openingHours' in channel ? hoursOf(channel.openingHours) : null
  const promise = describeResponseTime(channel.responseTime, channelWords[channel.blockType])
  return [
    {
      '@type': 'ContactPoint',
      availableLanguage: 'sv',
      contactType: channel.label || channelWords[channel.blockType],
      ...reach,
      ...(promise ? { description: promise } : {}),
      ...(hours ? { hoursAvailable: allHours(hours, today) } : {}),
    },
  ]
}

/** A visiting address as a Place with its visiting hours, holidays and exceptions included. */
const place = (channel: Channel, today: string) => {
  if (channel.blockType !== 'visit') return []
  const hours = hoursOf(channel.openingHours)
  return [
    {
      '@type': 'Place',
      address: postalAddress(channel),
      ...(channel.label ? { name: channel.label } : {}),
      ...(hours ? openingHoursJsonLd(toSchedule(hours), { from: today }) : {}),
    },
  ]
}

/**
 * A unit as schema.org GovernmentOrganization: phone, e-mail, SMS and chat as ContactPoints with
 * hoursAvailable and the response-time promise, visiting addresses as Places with opening hours.
 */
export const organisationJsonLd = (unit: ContactDetail, { today }: { today: string }) => {
  const channels = unit.channels ?? []
  const first = <T extends Channel['blockType']>(type: T) =>
    channels.find((c): c is Extract<Channel, { blockType: T }> => c.blockType === type)
  const postal = first('postal') ?? first('visit')
  const phone = first('phone')
  const email = first('email')
  const web = first('web')
  const locations = channels.flatMap((c) => place(c, today))
  return {
    '@context': 'https://schema.org',
    '@type': 'GovernmentOrganization',
    name: unit.name,
    ...(unit.organisationsnummer
      ? {
          identifier: {
            '@type': 'PropertyValue',
            propertyID: 'organisationsnummer',
            value: unit.organisationsnummer,
          },
        }
      : {}),
    ...(web ? { url: web.url } : {}),
    ...(phone ? { telephone: phone.number } : {}),
    ...(email ? { email: email.address } : {}),
    ...(postal ? { address: postalAddress(postal) } : {}),
    contactPoint: channels.flatMap((c) => contactPoint(c, today)),
    ...(locations.length > 0 ? { location: locations } : {}),
    ...(unit.mainContact
      ? {}
      : { parentOrganization: { '@type': 'GovernmentOrganization', name: municipality.name } }),
  }
}
