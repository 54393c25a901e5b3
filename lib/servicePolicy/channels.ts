import type { PolicyDocument } from '@klarkoll/payload-plugin'

// How contact details store their channels: blocks of the `channels` field (collections/contactDetails).

export type Channel = { blockType?: string; [key: string]: unknown }

export const channelsOf = (doc: PolicyDocument): Channel[] =>
  Array.isArray(doc.channels)
    ? (doc.channels as unknown[]).filter((c): c is Channel => Boolean(c) && typeof c === 'object')
    : []

export const channelNames: Record<string, string> = {
  chat: 'chatt',
  email: 'e-post',
  feedback: 'synpunkter och klagomål',
  phone: 'telefon',
  postal: 'postadress',
  sms: 'sms',
  visit: 'besöksadress',
  web: 'webbplats',
}

/** "E-post (Växel)" – how a channel is named in a message. */
export const channelLabel = (channel: Channel): string => {
  const name = channelNames[String(channel.blockType)] ?? String(channel.blockType)
  const label = typeof channel.label === 'string' && channel.label ? ` "${channel.label}"` : ''
  return `${name[0]!.toUpperCase()}${name.slice(1)}${label}`
}
