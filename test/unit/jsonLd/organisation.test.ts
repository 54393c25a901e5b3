import { expect, test } from '@jest/globals'

import type { ContactDetail, OpeningHour } from '../../../payload-types'

import { toSchedule as toScheduleOf } from '../../../collections/openingHours/toSchedule'
import { organisationJsonLd } from '../../../lib/jsonLd/organisation'
import { scheduleJsonLd } from '../../../lib/jsonLd/schedule'
import { vocabularyProblems } from '../../helpers/schemaOrgVocabulary'

const site = 'https://www.exempelkommun.se'
const hours = (kind: OpeningHour['kind']): OpeningHour =>
  ({
    createdAt: '',
    holidays: { closedOnEves: true, closedOnPublicHolidays: true },
    id: 4,
    kind,
    name: 'Medborgarkontoret – besökstid',
    periods: [
      {
        validFrom: '2027-06-21',
        validThrough: '2027-08-13',
        weekly: [{ days: ['1', '2', '3', '4', '5'], intervals: [{ from: '09:00', to: '15:00' }] }],
      },
    ],
    updatedAt: '',
    weekly: [{ days: ['1', '2', '3', '4', '5'], intervals: [{ from: '08:00', to: '16:30' }] }],
  }) as OpeningHour

const unit = {
  channels: [
    { blockType: 'phone', number: '+46123456700', openingHours: hours('telefontid') },
    {
      blockType: 'visit',
      city: 'Exempelby',
      latitude: 59.32932,
      longitude: 18.06858,
      openingHours: hours('besokstid'),
      postalCode: '123 45',
      street: 'Storgatan 1',
    },
    { blockType: 'web', url: 'https://www.exempelkommun.se/medborgarkontoret' },
  ],
  createdAt: '',
  id: 9,
  mainContact: false,
  name: 'Medborgarkontoret',
  updatedAt: '',
} as unknown as ContactDetail

const time = /^([01]\d|2[0-3]):[0-5]\d$/
const date = /^\d{4}-\d\d-\d\d$/

// Google's structured-data requirements for a local business's hours: name and a full postal
// address are required; geo (at least five decimals), url, telephone with country code and
// openingHoursSpecification (dayOfWeek, opens, closes as hh:mm; closed all day as 00:00–00:00;
// dated hours with validFrom and validThrough) are recommended.
test('a unit with a visiting address meets Google’s local-business requirements', () => {
  const ld = organisationJsonLd(unit, { site, today: '2026-12-07' }) as Record<string, any>
  expect(vocabularyProblems(ld)).toEqual([])
  expect(ld).toMatchObject({
    '@context': 'https://schema.org',
    '@id': `${site}/kontakta-oss#enhet-9`,
    '@type': 'GovernmentOffice',
    address: {
      '@type': 'PostalAddress',
      addressCountry: 'SE',
      addressLocality: 'Exempelby',
      postalCode: '123 45',
      streetAddress: 'Storgatan 1',
    },
    geo: { '@type': 'GeoCoordinates', latitude: 59.32932, longitude: 18.06858 },
    name: 'Medborgarkontoret',
    parentOrganization: { '@id': `${site}/#kommun`, '@type': 'GovernmentOrganization' },
    telephone: '+46123456700',
    url: 'https://www.exempelkommun.se/medborgarkontoret',
  })
  for (const spec of ld.openingHoursSpecification) {
    expect(spec.opens).toMatch(time)
    expect(spec.closes).toMatch(time)
    expect(spec.dayOfWeek?.length ?? 0).toBeGreaterThan(0)
    for (const day of spec.dayOfWeek) expect(day).toMatch(/^https:\/\/schema\.org\/[A-Z][a-z]+day$/)
  }
  // The weekend said closed, and the summer period with its dates.
  expect(ld.openingHoursSpecification).toContainEqual(
    expect.objectContaining({ closes: '00:00', opens: '00:00' }),
  )
  expect(ld.openingHoursSpecification).toContainEqual(
    expect.objectContaining({ validFrom: '2027-06-21', validThrough: '2027-08-13' }),
  )
  // Holidays: one date each, closed as 00:00–00:00, named.
  const christmas = ld.specialOpeningHoursSpecification.find(
    (s: { validFrom: string }) => s.validFrom === '2026-12-24',
  )
  expect(christmas).toEqual({
    '@type': 'OpeningHoursSpecification',
    closes: '00:00',
    description: 'Julafton',
    opens: '00:00',
    validFrom: '2026-12-24',
    validThrough: '2026-12-24',
  })
  for (const spec of ld.specialOpeningHoursSpecification) {
    expect(spec.validFrom).toMatch(date)
    expect(spec.validThrough).toBe(spec.validFrom)
  }
  // The phone is a contact point with its weekly hours only.
  const [phone] = ld.contactPoint
  expect(phone).toMatchObject({ '@type': 'ContactPoint', telephone: '+46123456700' })
  expect(
    phone.hoursAvailable.filter(
      (s: { validFrom?: string; validThrough?: string }) =>
        s.validFrom !== undefined && s.validFrom === s.validThrough,
    ),
  ).toEqual([])
})

test('without a visiting address a unit is a GovernmentOrganization; the main contact has no parent', () => {
  const ld = organisationJsonLd(
    { ...unit, channels: [unit.channels![0]!], mainContact: true },
    { site, today: '2026-12-07' },
  ) as Record<string, any>
  expect(vocabularyProblems(ld)).toEqual([])
  expect(ld['@type']).toBe('GovernmentOrganization')
  expect(ld.parentOrganization).toBeUndefined()
  expect(ld.openingHoursSpecification).toBeUndefined()
  // Without a web address of its own, its section on Kontakta oss is its address.
  expect(ld.url).toBe(`${site}/kontakta-oss#enhet-9`)
})

test('a schedule is a Place where one goes and a ContactPoint where one calls', () => {
  const visit = scheduleJsonLd(hours('besokstid'), toScheduleOf(hours('besokstid')), {
    from: '2026-12-07',
    site,
  }) as Record<string, any>
  expect(vocabularyProblems(visit)).toEqual([])
  expect(visit).toMatchObject({ '@id': `${site}/kontakta-oss#oppettider-4`, '@type': 'Place' })
  expect(visit.specialOpeningHoursSpecification.length).toBeGreaterThan(0)
  const phone = scheduleJsonLd(hours('telefontid'), toScheduleOf(hours('telefontid')), {
    from: '2026-12-07',
    site,
  }) as Record<string, any>
  expect(vocabularyProblems(phone)).toEqual([])
  expect(phone['@type']).toBe('ContactPoint')
  expect(phone.hoursAvailable.length).toBeGreaterThan(0)
  expect(phone.specialOpeningHoursSpecification).toBeUndefined()
})

test('what a resident can act on: languages, a free number, the premises, the area, feedback', () => {
  const ld = organisationJsonLd(
    {
      ...unit,
      areaServed: 'Norra distriktet',
      channels: [
        {
          blockType: 'phone',
          callCharge: 'avgiftsfritt',
          languages: ['sv', 'fi', 'swl'],
          number: '+46200123456',
        },
        {
          blockType: 'visit',
          city: 'Exempelby',
          postalCode: '123 45',
          premises: { accessibleToilet: true, hearingLoop: true, stepFreeEntrance: false },
          street: 'Storgatan 1',
        },
        {
          blockType: 'feedback',
          responseTime: { unit: 'dagar', value: 7 },
          url: 'https://www.exempelkommun.se/synpunkter',
        },
      ],
    } as unknown as ContactDetail,
    { site, today: '2026-12-07' },
  ) as Record<string, any>
  expect(vocabularyProblems(ld)).toEqual([])
  expect(ld.areaServed).toBe('Norra distriktet')
  expect(ld.amenityFeature).toEqual([
    { '@type': 'LocationFeatureSpecification', name: 'Tillgänglig toalett', value: true },
    { '@type': 'LocationFeatureSpecification', name: 'Hörslinga', value: true },
  ])
  const [phone, feedback] = ld.contactPoint
  expect(phone).toMatchObject({
    areaServed: 'Norra distriktet',
    availableLanguage: ['sv', 'fi', 'swl'],
    contactOption: 'https://schema.org/TollFree',
  })
  expect(feedback).toMatchObject({
    availableLanguage: 'sv',
    contactType: 'synpunkter och klagomål',
    description: 'Vi svarar på synpunkter och klagomål inom sju dagar.',
    url: 'https://www.exempelkommun.se/synpunkter',
  })
})
