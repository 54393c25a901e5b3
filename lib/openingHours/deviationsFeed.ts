import { Feed } from 'feed'

import type { Interval, Schedule } from './types'

import { clockWords } from './clockWords'
import { addDays, toLocal } from './stockholmTime'

export type FeedSchedule = {
  id: number | string
  name: string
  schedule: Schedule
  updatedAt: string
}

type FeedOptions = {
  /** How many days ahead exceptions are announced. */
  days?: number
  /** The feed's own address. */
  feedUrl: string
  now: Date
  /** Where residents read the hours: Kontakta oss. */
  pageUrl: string
  today: string
}

const longDate = new Intl.DateTimeFormat('sv-SE', {
  day: 'numeric',
  month: 'long',
  timeZone: 'UTC',
  year: 'numeric',
})
const dateText = (date: string) => longDate.format(new Date(`${date}T12:00:00Z`))
/** "10 december 2026 kl. 8.00–16.00", or with both dates when it spans days. */
const spanText = (from: string, to: string) => {
  const [a, b] = [toLocal(new Date(from)), toLocal(new Date(to))]
  return a.date === b.date
    ? `${dateText(a.date)} kl. ${clockWords(a.minutes)}–${clockWords(b.minutes)}`
    : `${dateText(a.date)} kl. ${clockWords(a.minutes)} till ${dateText(b.date)} kl. ${clockWords(b.minutes)}`
}
const times = (intervals: Interval[]) =>
  intervals.map((i) => `${clockWords(i.from)}–${clockWords(i.to)}`).join(' och ')

/**
 * An Atom feed of what residents need to know ahead: temporary notices that are on or coming, and
 * dated exceptions (closed, other hours) within the next `days` days, for every schedule given.
 * Ids are stable, so a feed reader shows each deviation once.
 */
export const deviationsFeed = (schedules: FeedSchedule[], options: FeedOptions): string => {
  const { days = 60, feedUrl, now, pageUrl, today } = options
  const last = addDays(today, days)
  const feed = new Feed({
    description: 'Tillfälliga meddelanden och avvikande öppettider de närmaste veckorna.',
    feedLinks: { atom: feedUrl },
    generator: 'Klarkoll',
    id: feedUrl,
    language: 'sv',
    link: pageUrl,
    title: 'Avvikande öppettider',
    updated: now,
  })
  const items: Array<{ at: string; item: Parameters<Feed['addItem']>[0] }> = []
  for (const { id, name, schedule, updatedAt } of schedules) {
    const changed = new Date(updatedAt)
    const notice = schedule.notice
    if (notice && Date.parse(notice.to) > now.getTime()) {
      items.push({
        at: notice.from,
        item: {
          content: `${notice.text} Gäller ${spanText(notice.from, notice.to)}.`,
          date: changed,
          id: `${feedUrl}#${id}-notice-${notice.from}`,
          link: pageUrl,
          published: new Date(notice.from),
          title: `${name}: ${notice.text}`,
        },
      })
    }
    for (const exception of schedule.exceptions) {
      const end = exception.to ?? exception.from
      if (end < today || exception.from > last) continue
      const when =
        end > exception.from
          ? `${dateText(exception.from)}–${dateText(end)}`
          : dateText(exception.from)
      const hours = exception.closed ? [] : (exception.intervals ?? [])
      const what = hours.length > 0 ? `öppet ${times(hours)}` : 'stängt'
      items.push({
        at: exception.from,
        item: {
          content: [`${name}: ${what} ${when}.`, exception.note].filter(Boolean).join(' '),
          date: changed,
          id: `${feedUrl}#${id}-exception-${exception.from}-${end}`,
          link: pageUrl,
          title: `${name}: ${what} ${when}`,
        },
      })
    }
  }
  items.sort((a, b) => a.at.localeCompare(b.at))
  for (const { item } of items) feed.addItem(item)
  return feed.atom1()
}
