import { expect, test } from '@jest/globals'

import type { ContactDetail, EService } from '../../../payload-types'

import { cpsvApCatalogue } from '../../../lib/jsonLd/cpsvAp'

// CPSV-AP 3.2.0's SHACL shapes (SEMICeu/CPSV-AP, releases/3.2.0/shacl) as a property list: per
// class the properties with minCount 1, every property the shape knows, and the literal types.
const shapes: Record<string, { allowed: string[]; required: string[] }> = {
  'cpsv:PublicService': {
    allowed: [
      'adms:status',
      'cpsv:follows',
      'cpsv:hasInput',
      'cpsv:produces',
      'cv:contactPoint',
      'cv:hasChannel',
      'cv:hasCompetentAuthority',
      'cv:hasCost',
      'cv:hasInputType',
      'cv:hasLegalResource',
      'cv:hasParticipation',
      'cv:holdsRequirement',
      'cv:isClassifiedBy',
      'cv:isGroupedBy',
      'cv:processingTime',
      'cv:relatedService',
      'cv:sector',
      'cv:thematicArea',
      'dcat:keyword',
      'dct:audience',
      'dct:description',
      'dct:identifier',
      'dct:isPartOf',
      'dct:language',
      'dct:requires',
      'dct:spatial',
      'dct:title',
      'dct:type',
    ],
    required: ['cv:hasCompetentAuthority', 'dct:description', 'dct:identifier', 'dct:title'],
  },
  'cv:Channel': {
    allowed: [
      'cpsv:hasInput',
      'cv:openingHours',
      'cv:ownedBy',
      'cv:processingTime',
      'cv:specialOpeningHoursSpecification',
      'dct:description',
      'dct:identifier',
      'dct:type',
    ],
    required: ['dct:identifier'],
  },
  'cv:Cost': {
    allowed: [
      'cv:currency',
      'cv:hasValue',
      'cv:ifAccessedThrough',
      'cv:isDefinedBy',
      'dct:description',
      'dct:identifier',
    ],
    required: ['dct:identifier'],
  },
  'cv:Evidence': {
    allowed: [
      'cv:supportsRequirement',
      'dct:conformsTo',
      'dct:description',
      'dct:identifier',
      'dct:language',
      'dct:title',
      'dct:type',
    ],
    required: ['dct:identifier', 'dct:title'],
  },
  'cv:PublicOrganisation': {
    allowed: ['dct:spatial', 'skos:prefLabel'],
    required: ['dct:spatial', 'skos:prefLabel'],
  },
  'dcat:Dataset': {
    allowed: ['dcat:landingPage', 'dct:description', 'dct:hasPart', 'dct:publisher', 'dct:title'],
    required: ['dct:description', 'dct:publisher', 'dct:title'],
  },
  'dct:Location': { allowed: ['skos:prefLabel'], required: [] },
}
const langStrings = new Set(['dcat:keyword', 'dct:description', 'dct:title', 'skos:prefLabel'])
const atMostOne = new Set(['adms:status', 'cv:currency', 'cv:hasValue', 'dct:identifier'])

const unit = { channels: [], id: 7, name: 'Bygglovsenheten' } as unknown as ContactDetail
const services = [
  {
    alternativeChannels: [{ description: 'Skicka med post.', kind: 'pappersblankett' }],
    cost: { amount: 9200, free: false, note: 'Enligt taxan.' },
    id: 1,
    languages: ['sv', 'en'],
    processingTime: { duration: 'P10W' },
    responsibleUnit: unit,
    serviceStatus: 'aktiv',
    shortDescription: 'Ansök om bygglov.',
    slug: 'ansok-om-bygglov',
    title: 'Ansök om bygglov',
    url: 'https://e.exempelkommun.se/bygglov',
    whatToHaveReady: [{ item: 'Ritningar' }, { item: 'Situationsplan' }],
  },
  {
    cost: { free: true },
    id: 2,
    responsibleUnit: 3, // not readable: the municipality is the competent authority
    serviceStatus: 'avvecklad',
    shortDescription: 'Gammal tjänst.',
    slug: 'gammal',
    title: 'Gammal tjänst',
    url: 'https://e.exempelkommun.se/gammal',
  },
] as unknown as EService[]

test('the catalogue meets CPSV-AP 3.2.0’s shapes: required properties, known properties, literals', () => {
  const ld = cpsvApCatalogue(services, { site: 'https://www.exempelkommun.se' })
  const nodes = ld['@graph'] as Array<Record<string, any>>
  const ids = new Set(nodes.map((n) => n['@id']))
  for (const node of nodes) {
    const shape = shapes[node['@type']]
    expect(shape).toBeDefined()
    const properties = Object.keys(node).filter((k) => !k.startsWith('@'))
    const missing = shape!.required.filter((required) => !properties.includes(required))
    expect({ id: node['@id'], missing }).toEqual({ id: node['@id'], missing: [] })
    for (const property of properties) {
      expect([node['@type'], property, shape!.allowed.includes(property)]).toEqual([
        node['@type'],
        property,
        true,
      ])
      const values = [node[property]].flat()
      if (atMostOne.has(property)) expect(Array.isArray(node[property])).toBe(false)
      for (const value of values) {
        if (langStrings.has(property))
          expect(value).toEqual({ '@language': 'sv', '@value': expect.any(String) })
        if (property === 'cv:processingTime') {
          expect(value).toEqual({ '@type': 'xsd:duration', '@value': expect.stringMatching(/^P/) })
        }
        if (property === 'cv:hasValue') {
          expect(value).toEqual({ '@type': 'xsd:double', '@value': expect.any(Number) })
        }
        // References inside the catalogue resolve; outside it only EU authority tables.
        if (value && typeof value === 'object' && '@id' in value && !('@value' in value)) {
          const target = String(value['@id'])
          expect(
            ids.has(target) ||
              target.startsWith('http://publications.europa.eu/resource/authority/'),
          ).toBe(true)
        }
      }
    }
  }
  const service = nodes.find(
    (n) => n['@id'] === 'https://www.exempelkommun.se/e-tjanster/ansok-om-bygglov',
  )!
  expect(service).toMatchObject({
    'cv:hasCompetentAuthority': { '@id': 'https://www.exempelkommun.se/kontakta-oss#enhet-7' },
    'dct:language': [
      { '@id': 'http://publications.europa.eu/resource/authority/language/SWE' },
      { '@id': 'http://publications.europa.eu/resource/authority/language/ENG' },
    ],
  })
  expect(service['cv:hasChannel']).toHaveLength(2)
  expect(service['cpsv:hasInput']).toHaveLength(2)
  // A retired service keeps its entry but offers no online channel.
  const retired = nodes.find((n) => n['@id'].endsWith('/gammal'))!
  expect(retired['cv:hasChannel']).toEqual([])
  expect(retired['cv:hasCompetentAuthority']).toEqual({
    '@id': 'https://www.exempelkommun.se/#kommun',
  })
})
