import { definePolicyRule } from '@klarkoll/payload-plugin'

import { channelNames, channelsOf } from '../channels'

// A website is where people read; the ways to reach someone are the other channels.
const reachable = new Set(['chat', 'email', 'phone', 'postal', 'sms', 'visit'])

export const minChannels = definePolicyRule({
  area: 'policy',
  check: ({ doc }, { min }) => {
    const kinds = new Set(
      channelsOf(doc)
        .map((c) => String(c.blockType))
        .filter((kind) => reachable.has(kind)),
    )
    if (kinds.size >= min) return []
    const have = [...kinds].map((k) => channelNames[k]).join(' och ') || 'inga'
    return [
      {
        message: `Enheten går att nå på ${kinds.size} ${kinds.size === 1 ? 'sätt' : 'sätt'} (${have}). Servicepolicyn lovar minst ${min}: lägg till till exempel både telefon och e-post.`,
        path: 'channels',
        suggestion: 'Lägg till en kontaktväg under "Kontaktvägar".',
      },
    ]
  },
  defaultOptions: { collection: 'contact-details', min: 2 },
  optionsSchema: { min: { integer: true, min: 1 } },
  defaultSeverity: 'warning',
  id: 'policy/min-channels',
  meta: {
    help: 'Varje enhet ska gå att nå på minst {min} sätt (telefon, e-post, sms, chatt, besök, post).',
    source: 'Härnösands servicepolicy (H1)',
    title: 'För få kontaktvägar',
    titleEn: 'Too few contact channels',
  },
})
