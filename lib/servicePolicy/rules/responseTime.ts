import { definePolicyRule } from '@klarkoll/payload-plugin'

import { channelLabel, channelsOf } from '../channels'
import { asPromise, keepsWithin, type ResponsePromise, promiseWords } from '../responseTimes'

type Options = {
  collection: string
  /** Longest promise allowed per channel type, e.g. `{ email: { unit: 'arbetsdagar', value: 2 } }`. */
  max: Partial<Record<'chat' | 'email' | 'feedback' | 'phone' | 'sms', ResponsePromise>>
  /** Channel types that must carry a promise at all. */
  require: Array<'chat' | 'email' | 'feedback' | 'phone' | 'sms'>
}

export const responseTime = definePolicyRule<Options>({
  area: 'policy',
  check: ({ doc }, { max, require }) =>
    channelsOf(doc).flatMap((channel, index) => {
      const type = String(channel.blockType) as keyof Options['max']
      const promise = asPromise(channel.responseTime)
      const path = `channels.${index}.responseTime.value`
      if (!promise) {
        return require.includes(type)
          ? [
              {
                message: `${channelLabel(channel)} saknar svarstidslöfte. Servicepolicyn lovar att vi säger när vi svarar: fyll i "Svarstidslöfte".`,
                path,
              },
            ]
          : []
      }
      const limit = max[type]
      if (!limit || keepsWithin(promise, limit)) return []
      return [
        {
          excerpt: promiseWords(promise),
          message: `${channelLabel(channel)} lovar svar inom ${promiseWords(promise)}, men servicepolicyn lovar svar inom ${promiseWords(limit)}. Korta löftet eller ändra policyn.`,
          path,
          suggestion: `Inom ${promiseWords(limit)}`,
        },
      ]
    }),
  defaultOptions: { collection: 'contact-details', max: {}, require: ['email'] },
  defaultSeverity: 'warning',
  id: 'policy/response-time',
  meta: {
    help: 'Varje kontaktväg ska säga när vi svarar, och löftet ska hålla servicepolicyns gräns.',
    source: 'Härnösand H5, Salem S4–S5 och S9, Värmdö V5, Alvesta A1–A2',
    title: 'Svarstidslöfte saknas eller är för långt',
    titleEn: 'Response-time promise missing or too long',
  },
})
