import type { ContactDetail, EService } from '../../payload-types'

import { alternativeChannelOptions, optionLabel } from '../../collections/eServices/options'
import { municipality, siteUrl } from '../site'
import { municipalityId, unitId } from './ids'

/** The vocabularies CPSV-AP 3.x draws on. */
export const cpsvApContext = {
  cpsv: 'http://purl.org/vocab/cpsv#',
  cv: 'http://data.europa.eu/m8g/',
  dcat: 'http://www.w3.org/ns/dcat#',
  dct: 'http://purl.org/dc/terms/',
  skos: 'http://www.w3.org/2004/02/skos/core#',
  xsd: 'http://www.w3.org/2001/XMLSchema#',
} as const

/** The EU Publications Office's language table (ISO 639-3 codes), for dct:language. */
const euLanguages: Record<string, string> = {
  ar: 'ARA',
  en: 'ENG',
  fa: 'FAS',
  fi: 'FIN',
  fit: 'FIT',
  rom: 'ROM',
  se: 'SME',
  so: 'SOM',
  sv: 'SWE',
  ti: 'TIR',
  uk: 'UKR',
  yi: 'YID',
}

type Node = Record<string, unknown> & { '@id': string; '@type': string }

const sv = (value: string) => ({ '@language': 'sv', '@value': value })

/** The unit responsible, as a PublicOrganisation with the same @id as in schema.org JSON-LD. */
const authority = (unit: EService['responsibleUnit'] | null, site: string, area: string): Node => {
  const contact = unit && typeof unit === 'object' ? (unit as ContactDetail) : null
  return {
    '@id': contact ? unitId(contact.id, site) : municipalityId(site),
    '@type': 'cv:PublicOrganisation',
    'dct:spatial': { '@id': area },
    'skos:prefLabel': sv(contact?.name ?? municipality.name),
  }
}

/** One e-service's nodes: the PublicService and its channels, cost and evidence. */
const serviceNodes = (service: EService, site: string, area: string): Node[] => {
  const id = `${site}/e-tjanster/${service.slug}`
  // The same on the service and on its online channel.
  const duration = service.processingTime?.duration
  const processingTime = duration
    ? { 'cv:processingTime': { '@type': 'xsd:duration', '@value': duration } }
    : {}
  const competent = authority(service.responsibleUnit, site, area)
  const channels: Node[] = [
    ...(service.serviceStatus === 'avvecklad'
      ? []
      : [
          {
            '@id': `${id}#e-tjanst`,
            '@type': 'cv:Channel',
            'cv:ownedBy': { '@id': competent['@id'] },
            'dct:description': sv(`E-tjänst: ${service.url}`),
            'dct:identifier': `${service.slug}-e-tjanst`,
            ...processingTime,
          },
        ]),
    ...(service.alternativeChannels ?? []).map((channel, index) => ({
      '@id': `${id}#kanal-${index + 1}`,
      '@type': 'cv:Channel',
      'dct:description': sv(
        [optionLabel(alternativeChannelOptions, channel.kind), channel.description, channel.url]
          .filter(Boolean)
          .join(': '),
      ),
      'dct:identifier': `${service.slug}-kanal-${index + 1}`,
    })),
  ]
  const cost: Node = {
    '@id': `${id}#kostnad`,
    '@type': 'cv:Cost',
    'cv:currency': { '@id': 'http://publications.europa.eu/resource/authority/currency/SEK' },
    'cv:hasValue': {
      '@type': 'xsd:double',
      '@value': service.cost?.free !== false ? 0 : (service.cost.amount ?? 0),
    },
    'dct:identifier': `${service.slug}-kostnad`,
    ...(service.cost?.note ? { 'dct:description': sv(service.cost.note) } : {}),
  }
  const evidence: Node[] = (service.whatToHaveReady ?? []).map((entry, index) => ({
    '@id': `${id}#underlag-${index + 1}`,
    '@type': 'cv:Evidence',
    'dct:identifier': `${service.slug}-underlag-${index + 1}`,
    'dct:title': sv(entry.item),
  }))
  const publicService: Node = {
    '@id': id,
    '@type': 'cpsv:PublicService',
    'cv:hasChannel': channels.map((c) => ({ '@id': c['@id'] })),
    'cv:hasCompetentAuthority': { '@id': competent['@id'] },
    'cv:hasCost': { '@id': cost['@id'] },
    'dct:description': sv(service.shortDescription),
    'dct:identifier': service.slug,
    'dct:language': (service.languages ?? [])
      .filter((code) => euLanguages[code])
      .map((code) => ({
        '@id': `http://publications.europa.eu/resource/authority/language/${euLanguages[code]}`,
      })),
    'dct:spatial': { '@id': area },
    'dct:title': sv(service.title),
    ...(evidence.length > 0 ? { 'cpsv:hasInput': evidence.map((e) => ({ '@id': e['@id'] })) } : {}),
    ...processingTime,
  }
  return [publicService, competent, ...channels, cost, ...evidence]
}

/**
 * The e-service catalogue as CPSV-AP 3.x JSON-LD (the EU's core public-service vocabulary, which
 * national catalogues and the Single Digital Gateway read): a dcat:Dataset with every
 * PublicService, its competent authority, channels, cost, evidence and processing time.
 */
export const cpsvApCatalogue = (services: EService[], { site = siteUrl() } = {}) => {
  const area = `${site}/#omrade`
  const nodes = new Map<string, Node>()
  for (const service of services) {
    for (const node of serviceNodes(service, site, area)) nodes.set(node['@id'], node)
  }
  nodes.set(area, {
    '@id': area,
    '@type': 'dct:Location',
    'skos:prefLabel': sv(municipality.name),
  })
  if (!nodes.has(municipalityId(site))) {
    nodes.set(municipalityId(site), authority(null, site, area))
  }
  const catalogue: Node = {
    '@id': `${site}/e-tjanster`,
    '@type': 'dcat:Dataset',
    'dct:description': sv(`E-tjänster från ${municipality.name}.`),
    'dct:hasPart': services.map((s) => ({ '@id': `${site}/e-tjanster/${s.slug}` })),
    'dct:publisher': { '@id': municipalityId(site) },
    'dct:title': sv(`${municipality.name}s e-tjänster`),
  }
  return { '@context': cpsvApContext, '@graph': [catalogue, ...nodes.values()] }
}
