import { definePolicyRule } from '@klarkoll/payload-plugin'

import {
  type ConfirmationTime,
  confirmationTimeOption,
  confirmationTimeOptions,
} from '../../../collections/eServices/options'

type Options = {
  collection: string
  /** The slowest confirmation the policy allows; the default, a week, allows every choice. */
  max: ConfirmationTime
}

const path = 'afterApplying.confirmationTime'

export const confirmationTime = definePolicyRule<Options>({
  area: 'policy',
  check: ({ doc }, { max }) => {
    // A retired e-service takes no applications.
    if (doc.serviceStatus === 'avvecklad') return []
    const limit = confirmationTimeOption(max)!
    const given = confirmationTimeOption(
      (doc.afterApplying as { confirmationTime?: unknown })?.confirmationTime,
    )
    if (!given) {
      return [
        {
          message: `Välj när den som söker får bekräftelse ("Bekräftelsen skickas"). Servicepolicyn lovar besked om att ansökan har kommit in${limit.hours < 168 ? `, ${limit.words}` : ''}.`,
          path,
        },
      ]
    }
    if (given.hours <= limit.hours) return []
    return [
      {
        excerpt: given.label.sv,
        message: `Bekräftelsen skickas ${given.words}, men servicepolicyn lovar bekräftelse ${limit.words}. Skicka bekräftelsen snabbare eller ändra policyn.`,
        path,
        suggestion: limit.label.sv,
      },
    ]
  },
  defaultOptions: { collection: 'e-services', max: 'en-vecka' },
  defaultSeverity: 'info',
  id: 'policy/confirmation-time',
  meta: {
    help: 'E-tjänsten säger när den som söker får bekräftelse, och det håller servicepolicyns löfte.',
    source: 'Salem S6 ("samma dag eller vid arbetsbelastning inom ett dygn")',
    title: 'Bekräftelsetid saknas eller är för lång',
    titleEn: 'Confirmation time missing or too long',
  },
  optionsSchema: { max: { oneOf: confirmationTimeOptions.map((o) => o.value) } },
})
