import type { ContactDetail, EService } from '../../payload-types'

import {
  alternativeChannelOptions,
  audienceOptions,
  languageOptions,
  topicOptions,
} from '../../collections/eServices/options'
import { municipality } from '../site'

type Option = { label: { sv: string }; value: string }
const label = (options: Option[], value: string) =>
  options.find((o) => o.value === value)?.label.sv ?? value

const provider = (unit: EService['responsibleUnit']) =>
  unit && typeof unit === 'object'
    ? {
        '@type': 'GovernmentOrganization',
        name: (unit as ContactDetail).name,
        ...((unit as ContactDetail).organisationsnummer
          ? { identifier: (unit as ContactDetail).organisationsnummer }
          : {}),
      }
    : { '@type': 'GovernmentOrganization', name: municipality.name }

/**
 * An e-service as schema.org GovernmentService: the online channel (while the service is not
 * retired) and the alternative ways in as ServiceChannels, fee as an Offer in SEK.
 */
export const governmentServiceJsonLd = (service: EService) => {
  const languages = (service.languages ?? []).map((code) => ({
    '@type': 'Language',
    alternateName: code,
    name: label(languageOptions, code),
  }))
  const online =
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
  const alternatives = (service.alternativeChannels ?? []).map((channel) => ({
    '@type': 'ServiceChannel',
    description: channel.description,
    name: label(alternativeChannelOptions, channel.kind),
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
            audienceType: label(audienceOptions, a),
          })),
        }
      : {}),
    ...((service.topics ?? []).length > 0
      ? { category: service.topics!.map((t) => label(topicOptions, t)) }
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
