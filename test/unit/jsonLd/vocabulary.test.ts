import { expect, test } from '@jest/globals'

import { vocabularyProblems } from '../../helpers/schemaOrgVocabulary'

// The check the JSON-LD tests use must itself refuse what schema.org does not allow.
test('the vocabulary check finds unknown types, properties outside their domain and wrong ranges', () => {
  expect(vocabularyProblems({ '@type': 'Kommunkontor', name: 'x' })).toEqual([
    '$: typen Kommunkontor finns inte i schema.org',
  ])
  // specialOpeningHoursSpecification belongs to Place, not to ContactPoint.
  expect(
    vocabularyProblems({
      '@type': 'ContactPoint',
      specialOpeningHoursSpecification: [{ '@type': 'OpeningHoursSpecification' }],
    }),
  ).toEqual([
    '$.specialOpeningHoursSpecification: ContactPoint har ingen egenskap specialOpeningHoursSpecification',
  ])
  expect(
    vocabularyProblems({
      '@type': 'GovernmentOffice',
      geo: '59.3,18.0',
      openingHoursSpecification: [
        { '@type': 'OpeningHoursSpecification', dayOfWeek: 'Måndag', opens: '8.00' },
      ],
    }),
  ).toEqual([
    '$.geo: "59.3,18.0" är inte GeoCoordinates eller GeoShape',
    '$.openingHoursSpecification[0].dayOfWeek: "Måndag" är inte DayOfWeek',
    '$.openingHoursSpecification[0].opens: "8.00" är inte Time',
  ])
  // A nested node of the wrong type, and one of a subtype that fits.
  expect(
    vocabularyProblems({ '@type': 'GovernmentService', provider: { '@type': 'PostalAddress' } }),
  ).toEqual(['$.provider: {"@type":"PostalAddress"} är inte Organization eller Person'])
  expect(
    vocabularyProblems({
      '@type': 'GovernmentService',
      provider: { '@id': 'https://x.se/#kommun', '@type': 'GovernmentOrganization', name: 'X' },
    }),
  ).toEqual([])
})

test('enumeration members, references by @id and inherited properties pass', () => {
  expect(
    vocabularyProblems({
      '@context': 'https://schema.org',
      '@id': 'https://x.se/#enhet-1',
      '@type': 'GovernmentOffice',
      // From Place, Organization and Thing through LocalBusiness.
      address: { '@type': 'PostalAddress', streetAddress: 'Storgatan 1' },
      contactPoint: {
        '@type': 'ContactPoint',
        availableLanguage: ['sv', 'fi'],
        contactOption: 'https://schema.org/TollFree',
      },
      parentOrganization: { '@id': 'https://x.se/#kommun' },
      url: 'https://x.se/enhet',
    }),
  ).toEqual([])
})
