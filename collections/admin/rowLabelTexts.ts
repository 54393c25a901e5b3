import { alternativeChannelOptions } from '../eServices/options'
import { normalizeTime } from '../../lib/openingHours/normalizeTime'

/**
 * What a row in the admin says it holds ("Måndag–fredag 08.00–16.30", "Telefon 0570-123 45"),
 * so an editor finds the row without opening it. Swedish first; English for English users.
 */
export type Language = 'en' | 'sv'

const dayNames = {
  en: ['', 'Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday', 'Sunday'],
  sv: ['', 'måndag', 'tisdag', 'onsdag', 'torsdag', 'fredag', 'lördag', 'söndag'],
}

const capitalised = (text: string) => text.charAt(0).toUpperCase() + text.slice(1)

/** "måndag–fredag", "måndag, onsdag, fredag": runs of three or more days become a range. */
export const daysText = (days: unknown, language: Language): string => {
  const numbers = [...new Set((Array.isArray(days) ? days : []).map(Number))]
    .filter((day) => day >= 1 && day <= 7)
    .sort((a, b) => a - b)
  const names = dayNames[language]
  const parts: string[] = []
  for (let i = 0; i < numbers.length;) {
    let j = i
    while (j + 1 < numbers.length && numbers[j + 1] === numbers[j]! + 1) j++
    if (j - i >= 2) parts.push(`${names[numbers[i]!]}–${names[numbers[j]!]}`)
    else for (let k = i; k <= j; k++) parts.push(names[numbers[k]!]!)
    i = j + 1
  }
  return parts.join(', ')
}

/** "08.00": the admin shows times as Swedish text writes them, with two-digit hours. */
const clock = (value: unknown) => {
  const stored = typeof value === 'string' ? normalizeTime(value) : null
  return stored ? stored.replace(':', '.') : '…'
}

type Interval = { from?: unknown; to?: unknown }

export const intervalText = (interval: Interval | undefined): string =>
  interval && (interval.from || interval.to) ? `${clock(interval.from)}–${clock(interval.to)}` : ''

const intervalsText = (intervals: unknown) =>
  (Array.isArray(intervals) ? (intervals as Interval[]) : [])
    .map(intervalText)
    .filter(Boolean)
    .join(', ')

const join = (...parts: string[]) => parts.filter(Boolean).join(' ')

export const weeklyRowText = (
  row: { days?: unknown; intervals?: unknown } | undefined,
  language: Language,
): string => capitalised(join(daysText(row?.days, language), intervalsText(row?.intervals)))

const months = {
  en: ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'],
  sv: ['jan', 'feb', 'mar', 'apr', 'maj', 'jun', 'jul', 'aug', 'sep', 'okt', 'nov', 'dec'],
}

/** "24 dec 2026": always with the year, as the editor may plan a year ahead. */
export const dayText = (value: unknown, language: Language): string => {
  const match = typeof value === 'string' ? /^(\d{4})-(\d{2})-(\d{2})/.exec(value) : null
  if (!match) return ''
  const month = months[language][Number(match[2]) - 1]
  return month ? `${Number(match[3])} ${month} ${match[1]}` : ''
}

const range = (from: unknown, to: unknown, language: Language) => {
  const start = dayText(from, language)
  const end = dayText(to, language)
  return end && end !== start ? `${start}–${end}` : start
}

export const periodRowText = (
  row: { validFrom?: unknown; validThrough?: unknown } | undefined,
  language: Language,
): string => range(row?.validFrom, row?.validThrough, language)

export const exceptionRowText = (
  row: { closed?: unknown; from?: unknown; intervals?: unknown; to?: unknown } | undefined,
  language: Language,
): string => {
  const when = range(row?.from, row?.to, language)
  if (!when) return ''
  const hours =
    row?.closed === false ? intervalsText(row.intervals) : language === 'en' ? 'closed' : 'stängt'
  return hours ? `${when}: ${hours}` : when
}

/** Each kind of contact channel by name, as the admin's rows and the public site say it. */
export const channelNames: Record<string, { en: string; sv: string }> = {
  chat: { en: 'Chat', sv: 'Chatt' },
  email: { en: 'E-mail', sv: 'E-post' },
  feedback: { en: 'Feedback and complaints', sv: 'Synpunkter och klagomål' },
  phone: { en: 'Phone', sv: 'Telefon' },
  postal: { en: 'Postal address', sv: 'Postadress' },
  sms: { en: 'SMS', sv: 'SMS' },
  visit: { en: 'Visiting address', sv: 'Besöksadress' },
  web: { en: 'Website', sv: 'Webbplats' },
}

type Channel = {
  address?: unknown
  city?: unknown
  display?: unknown
  label?: unknown
  number?: unknown
  street?: unknown
  url?: unknown
}

const text = (value: unknown) => (typeof value === 'string' ? value.trim() : '')

/** "Telefon 0570-123 45", "E-post kontakt@kommun.se", "Besöksadress Storgatan 1, Ort". */
export const channelRowText = (
  blockType: string,
  row: Channel | undefined,
  language: Language,
): string => {
  const name = channelNames[blockType]?.[language] ?? blockType
  const street = [text(row?.street), text(row?.city)].filter(Boolean).join(', ')
  const value =
    text(row?.display) || text(row?.number) || text(row?.address) || text(row?.url) || street
  const label = text(row?.label)
  return join(name, value, label ? `(${label})` : '')
}

/** "Pappersblankett – Blanketten finns i receptionen." */
export const alternativeChannelRowText = (
  row: { description?: unknown; kind?: unknown } | undefined,
  language: Language,
): string => {
  const option = alternativeChannelOptions.find((o) => o.value === row?.kind)
  return [option?.label[language] ?? '', text(row?.description)].filter(Boolean).join(' – ')
}
