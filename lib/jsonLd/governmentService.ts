import type { GovernmentService, Language, ServiceChannel, WithContext } from 'schema-dts'

import type { ContactDetail, EService } from '../../payload-types'

import {
  alternativeChannelOptions,
  audienceOptions,
  languageOptions,
  optionLabel,
  topicOptions,
} from '../../collections/eServices/options'
import { municipality } from '../site'
import { municipalityId, unitId } from './ids'

/** The responsible unit by the same `@id` as its own JSON-LD, or the municipality. */
const provider = (unit: EService['responsibleUnit']) => {
  if (!unit || typeof unit !== 'object') {
    return {
      '@id': municipalityId(),
      '@type': 'GovernmentOrganization' as const,
      name: municipality.name,
    }
  }
  const contact = unit as ContactDetail
  const office = (contact.channels ?? []).some((c) => c.blockType === 'visit')
  return {
    '@id': unitId(contact.id),
    '@type': office ? ('GovernmentOffice' as const) : ('GovernmentOrganization' as const),
    name: contact.name,
    ...(contact.organisationsnummer ? { identifier: contact.organisationsnummer } : {}),
  }
}

/**
 * An e-service as schema.org GovernmentService: the online channel (while the service is not
 * retired) and the alternative ways in as ServiceChannels, fee as an Offer in SEK.
 */
export const governmentServiceJsonLd = (service: EService): WithContext<GovernmentService> => {
  const languages = (service.languages ?? []).map((code): Language => ({
    '@type': 'Language',
    alternateName: code,
    name: optionLabel(languageOptions, code),
  }))
  const online: ServiceChannel[] =
    service.serviceStatus === 'avvecklad'
      ? []
      : [
          {
            '@type': 'ServiceChannel',
            name: 'E-tjänst',
            serviceUrl: service.url,
            ...(languages.length > 0 ? { availableLanguage: languages } : {}),
            ...(service.processingTime?.duration
              ? { processingTime: service.processingTime.duration }
              : {}),
          },
        ]
  const alternatives = (service.alternativeChannels ?? []).map((channel): ServiceChannel => ({
    '@type': 'ServiceChannel',
    description: channel.description,
    name: optionLabel(alternativeChannelOptions, channel.kind),
    ...(channel.url ? { serviceUrl: channel.url } : {}),
  }))
  const cost = service.cost
  return {
    '@context': 'https://schema.org',
    '@type': 'GovernmentService',
    identifier: service.slug,
    name: service.title,
    description: service.shortDescription,
    provider: provider(service.responsibleUnit),
    serviceOperator: provider(service.responsibleUnit),
    areaServed: { '@type': 'AdministrativeArea', name: municipality.name },
    ...((service.audience ?? []).length > 0
      ? {
          audience: service.audience!.map((a) => ({
            '@type': 'Audience',
            audienceType: optionLabel(audienceOptions, a),
          })),
        }
      : {}),
    ...((service.topics ?? []).length > 0
      ? { category: service.topics!.map((t) => optionLabel(topicOptions, t)) }
      : {}),
    offers: {
      '@type': 'Offer',
      price: cost?.free !== false ? 0 : (cost.amount ?? 0),
      priceCurrency: 'SEK',
      ...(cost?.note ? { description: cost.note } : {}),
    },
    availableChannel: [...online, ...alternatives],
  }
}
