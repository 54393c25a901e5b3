import { definePolicyRule } from '@klarkoll/payload-plugin'

import { channelsOf } from '../channels'

export const feedbackChannel = definePolicyRule({
  area: 'policy',
  check: ({ doc }) => {
    if (doc.mainContact !== true) return []
    if (channelsOf(doc).some((c) => c.blockType === 'feedback')) return []
    return [
      {
        message:
          'Kommunens huvudkontakt saknar en kontaktväg för synpunkter och klagomål. Servicepolicyn lovar att det är lätt att lämna synpunkter: lägg till "Synpunkter och klagomål" under Kontaktvägar.',
        path: 'channels',
      },
    ]
  },
  defaultOptions: { collection: 'contact-details' },
  defaultSeverity: 'info',
  id: 'policy/feedback-channel',
  meta: {
    help: 'Huvudkontakten ska ha en kontaktväg för synpunkter och klagomål.',
    source: 'Härnösand H8',
    title: 'Ingen väg för synpunkter och klagomål',
    titleEn: 'No feedback channel',
  },
})
