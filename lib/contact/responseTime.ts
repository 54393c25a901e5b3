import { countWithUnit } from '../swedishWords'

export type ResponseTime = {
  unit?: 'arbetsdagar' | 'dagar' | 'timmar' | null
  value?: null | number
}

const units = {
  arbetsdagar: { many: 'arbetsdagar', one: 'arbetsdag' },
  dagar: { many: 'dagar', one: 'dag' },
  timmar: { many: 'timmar', one: 'timme' },
} as const

/** "inom två arbetsdagar"; undefined when no promise is given. */
export const withinWords = (promise: null | ResponseTime | undefined): string | undefined => {
  if (!promise?.unit || typeof promise.value !== 'number' || promise.value <= 0) return undefined
  return `inom ${countWithUnit(promise.value, units[promise.unit])}`
}

/** How a promise names its channel: "Vi svarar på {e-post} inom …". */
export const channelWords: Record<string, string> = {
  chat: 'chatten',
  email: 'e-post',
  feedback: 'synpunkter och klagomål',
  phone: 'telefon',
  sms: 'sms',
}

/** "Vi svarar på e-post inom två arbetsdagar." for a channel's promise. */
export const describeResponseTime = (
  promise: null | ResponseTime | undefined,
  channel?: string,
): string | undefined => {
  const within = withinWords(promise)
  if (!within) return undefined
  return channel ? `Vi svarar på ${channel} ${within}.` : `Vi svarar ${within}.`
}
