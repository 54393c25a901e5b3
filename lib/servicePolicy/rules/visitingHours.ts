import { definePolicyRule } from '@klarkoll/payload-plugin'

import { channelsOf } from '../channels'

export const visitingHours = definePolicyRule({
  area: 'policy',
  check: ({ doc }) =>
    channelsOf(doc).flatMap((channel, index) =>
      channel.blockType === 'visit' && !channel.openingHours
        ? [
            {
              message: `Besöksadressen ${typeof channel.street === 'string' ? `"${channel.street}" ` : ''}saknar öppettider. Välj besökstiderna under "Öppettider" så att de syns på webbplatsen.`,
              path: `channels.${index}.openingHours`,
            },
          ]
        : [],
    ),
  defaultOptions: { collection: 'contact-details' },
  defaultSeverity: 'warning',
  id: 'policy/visiting-hours',
  meta: {
    help: 'Varje besöksadress ska ha länkade besökstider.',
    source: 'Värmdö V6',
    title: 'Besöksadress utan öppettider',
    titleEn: 'Visiting address without opening hours',
  },
})
