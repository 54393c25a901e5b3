import { definePolicyRule } from '@klarkoll/payload-plugin'

import { channelsOf } from '../channels'

const needed = [
  ['phone', 'ett telefonnummer'],
  ['email', 'en e-postadress'],
  ['postal', 'en postadress'],
] as const

export const mainContact = definePolicyRule({
  area: 'policy',
  check: ({ doc }) => {
    if (doc.mainContact !== true) return []
    const kinds = new Set(channelsOf(doc).map((c) => String(c.blockType)))
    const missing = needed.filter(([kind]) => !kinds.has(kind)).map(([, words]) => words)
    if (missing.length === 0) return []
    return [
      {
        message: `Kommunens huvudkontakt ("en väg in") saknar ${missing.join(' och ')}. Servicepolicyn lovar ett telefonnummer, en e-postadress och en postadress.`,
        path: 'channels',
      },
    ]
  },
  defaultOptions: { collection: 'contact-details' },
  defaultSeverity: 'warning',
  id: 'policy/main-contact',
  meta: {
    help: 'Huvudkontakten ska ha telefon, e-post och postadress.',
    source: 'Värmdö V3',
    title: '"En väg in" är inte komplett',
    titleEn: 'Main contact incomplete',
  },
})
