import { expect, test } from '@jest/globals'

import type { EService } from '../../../payload-types'

import { governmentServiceJsonLd } from '../../../lib/jsonLd/governmentService'
import { vocabularyProblems } from '../../helpers/schemaOrgVocabulary'

const service = (change: Partial<EService> = {}): EService =>
  ({
    authentication: ['ingen'],
    cost: { free: true },
    createdAt: '',
    id: 1,
    languages: ['sv', 'fi'],
    processingTime: { duration: 'P5D' },
    responsibleUnit: 7,
    serviceStatus: 'aktiv',
    shortDescription: 'Anmäl fel på gatan.',
    slug: 'felanmalan',
    title: 'Felanmälan',
    updatedAt: '',
    url: 'https://e.exempelkommun.se/fel',
    ...change,
  }) as EService

test('the online channel carries URL, languages and processing time; a free service costs 0 SEK', () => {
  const ld = governmentServiceJsonLd(service())
  expect(vocabularyProblems(ld)).toEqual([])
  expect(ld.availableChannel).toEqual([
    {
      '@type': 'ServiceChannel',
      availableLanguage: [
        { '@type': 'Language', alternateName: 'sv', name: 'Svenska' },
        { '@type': 'Language', alternateName: 'fi', name: 'Finska' },
      ],
      name: 'E-tjänst',
      processingTime: 'P5D',
      serviceUrl: 'https://e.exempelkommun.se/fel',
    },
  ])
  expect(ld.offers).toEqual({ '@type': 'Offer', price: 0, priceCurrency: 'SEK' })
  // An unpopulated unit still names a provider: the municipality.
  // No readable unit: the municipality, by the same @id as everywhere.
  expect(ld.provider).toEqual({
    '@id': 'http://localhost:3000/#kommun',
    '@type': 'GovernmentOrganization',
    name: 'Exempelkommun',
  })
})

test('a retired e-service keeps its other ways in but no longer advertises its address', () => {
  const ld = governmentServiceJsonLd(
    service({
      alternativeChannels: [{ description: 'Ring oss.', kind: 'telefon' }],
      serviceStatus: 'avvecklad',
    }),
  )
  expect(vocabularyProblems(ld)).toEqual([])
  expect(ld.availableChannel).toEqual([
    { '@type': 'ServiceChannel', description: 'Ring oss.', name: 'Telefon' },
  ])
})
