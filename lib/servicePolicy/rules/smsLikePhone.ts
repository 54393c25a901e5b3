import { definePolicyRule } from '@klarkoll/payload-plugin'

import { channelLabel, channelsOf } from '../channels'
import { asPromise, keepsWithin, promiseWords } from '../responseTimes'

export const smsLikePhone = definePolicyRule({
  area: 'policy',
  check: ({ doc }) => {
    const channels = channelsOf(doc)
    const phone = channels
      .map((c) => asPromise(c.responseTime))
      .find((p, i) => {
        return p !== null && channels[i]!.blockType === 'phone'
      })
    if (!phone) return []
    return channels.flatMap((channel, index) => {
      if (channel.blockType !== 'sms') return []
      const promise = asPromise(channel.responseTime)
      if (promise && keepsWithin(promise, phone)) return []
      return [
        {
          ...(promise ? { excerpt: promiseWords(promise) } : {}),
          message: promise
            ? `${channelLabel(channel)} lovar svar inom ${promiseWords(promise)}, men telefonen inom ${promiseWords(phone)}. Servicepolicyn säger att sms besvaras som telefonsamtal.`
            : `${channelLabel(channel)} saknar svarstidslöfte. Servicepolicyn säger att sms besvaras som telefonsamtal: lova svar inom ${promiseWords(phone)}.`,
          path: `channels.${index}.responseTime.value`,
          suggestion: `Inom ${promiseWords(phone)}`,
        },
      ]
    })
  },
  defaultOptions: { collection: 'contact-details' },
  defaultSeverity: 'warning',
  id: 'policy/sms-like-phone',
  meta: {
    help: 'Sms besvaras lika snabbt som telefonsamtal.',
    source: 'Värmdö (Telefoni: "SMS ska besvaras enligt samma riktlinjer som telefonsamtal")',
    title: 'Sms besvaras inte som telefonsamtal',
    titleEn: 'Texts not answered like calls',
  },
})
