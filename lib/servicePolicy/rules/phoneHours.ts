import { definePolicyRule, type PolicyDocument } from '@klarkoll/payload-plugin'

import { channelsOf } from '../channels'

const dayNames = [
  'måndagar',
  'tisdagar',
  'onsdagar',
  'torsdagar',
  'fredagar',
  'lördagar',
  'söndagar',
]

const minutes = (time: unknown): null | number => {
  const match = typeof time === 'string' ? /^(\d{2}):(\d{2})$/.exec(time) : null
  return match ? Number(match[1]) * 60 + Number(match[2]) : null
}

/** Regular weekly hours as open minutes per weekday (index 0 = Monday). */
const weekMinutes = (hours: null | PolicyDocument): Array<Set<number>> => {
  const week = Array.from({ length: 7 }, () => new Set<number>())
  const rows = Array.isArray(hours?.weekly) ? (hours.weekly as PolicyDocument[]) : []
  for (const row of rows) {
    const days = Array.isArray(row.days) ? row.days.map(Number) : []
    const intervals = Array.isArray(row.intervals) ? (row.intervals as PolicyDocument[]) : []
    for (const interval of intervals) {
      const from = minutes(interval.from)
      const to = minutes(interval.to)
      if (from === null || to === null) continue
      for (const day of days) {
        if (day < 1 || day > 7) continue
        for (let m = from; m < to; m++) week[day - 1]!.add(m)
      }
    }
  }
  return week
}

const clock = (m: number) =>
  `${String(Math.floor(m / 60)).padStart(2, '0')}:${String(m % 60).padStart(2, '0')}`

/** "08:00–08:30 och 15:00–16:30" for a set of minutes. */
const spans = (set: Set<number>): string => {
  const sorted = [...set].sort((a, b) => a - b)
  const parts: string[] = []
  for (let i = 0; i < sorted.length;) {
    let j = i
    while (j + 1 < sorted.length && sorted[j + 1] === sorted[j]! + 1) j++
    parts.push(`${clock(sorted[i]!)}–${clock(sorted[j]! + 1)}`)
    i = j + 1
  }
  return parts.join(' och ')
}

/**
 * Phone hours narrower than visiting hours send callers away while the office is open: the
 * policies ask to be reachable by phone whenever people can visit.
 */
export const phoneHours = definePolicyRule({
  area: 'policy',
  check: async ({ doc, load }, { openingHoursCollection }) => {
    const channels = channelsOf(doc)
    const linked = async (type: string) =>
      Promise.all(
        channels
          .filter((c) => c.blockType === type && c.openingHours)
          .map((c) => load(openingHoursCollection, c.openingHours)),
      )
    const [phones, visits] = await Promise.all([linked('phone'), linked('visit')])
    if (phones.length === 0 || visits.length === 0) return []
    const phone = Array.from({ length: 7 }, () => new Set<number>())
    for (const hours of phones)
      weekMinutes(hours).forEach((set, d) => set.forEach((m) => phone[d]!.add(m)))
    const gaps: string[] = []
    for (const hours of visits) {
      weekMinutes(hours).forEach((set, d) => {
        const uncovered = new Set([...set].filter((m) => !phone[d]!.has(m)))
        if (uncovered.size > 0) gaps.push(`${dayNames[d]} ${spans(uncovered)}`)
      })
    }
    const index = channels.findIndex((c) => c.blockType === 'phone' && c.openingHours)
    return gaps.length === 0
      ? []
      : [
          {
            message: `Telefontiden är kortare än besökstiden (${[...new Set(gaps)].join('; ')}). Servicepolicyn vill att man kan ringa när man kan besöka oss: förläng telefontiden.`,
            path: `channels.${index}.openingHours`,
          },
        ]
  },
  defaultOptions: { collection: 'contact-details', openingHoursCollection: 'opening-hours' },
  defaultSeverity: 'warning',
  id: 'policy/phone-hours',
  meta: {
    help: 'Telefontiden ska täcka besökstiden.',
    source: 'Salem S2, Värmdö V1',
    title: 'Telefontid kortare än besökstid',
    titleEn: 'Phone hours narrower than visiting hours',
  },
})
