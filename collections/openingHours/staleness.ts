import type { StalenessFinding } from '@klarkoll/payload-plugin'

import { addDays, dayPlan, holidayOn, toLocal } from '../../lib/openingHours'
import { type OpeningHoursDoc, toSchedule } from './toSchedule'

/** How far ahead holiday decisions are asked for. */
export const holidayWindowDays = 45

/**
 * Holidays within the window that the schedule has not decided: not covered by an exception or
 * by a holiday flag, and a day the regular hours would have it open. "Har ni öppet på
 * midsommarafton 2027-06-25?"
 */
export const holidayQuestions = (
  doc: OpeningHoursDoc,
  today: string,
  windowDays = holidayWindowDays,
): StalenessFinding[] => {
  const schedule = toSchedule(doc)
  // The plan the regular hours give, as if no holiday flag were set.
  const undecided = {
    ...schedule,
    exceptions: [],
    holidays: { closedOnEves: false, closedOnPublicHolidays: false },
  }
  const findings: StalenessFinding[] = []
  for (let offset = 0; offset <= windowDays; offset++) {
    const date = addDays(today, offset)
    const holiday = holidayOn(date)
    if (!holiday) continue
    const flag =
      holiday.kind === 'eve'
        ? schedule.holidays.closedOnEves || (schedule.holidays.eveHours ?? []).length > 0
        : schedule.holidays.closedOnPublicHolidays
    const excepted = schedule.exceptions.some((e) => e.from <= date && date <= (e.to ?? e.from))
    if (flag || excepted) continue
    if (dayPlan(undecided, date).intervals.length === 0) continue
    findings.push({
      message: `Har ni öppet på ${holiday.name.toLowerCase()} ${date}? Lägg in en avvikande dag med öppettiderna, eller kryssa i att det är stängt på helgdagar.`,
      path: 'exceptions',
      ruleId: 'stale/holiday-decision',
      severity: 'warning',
    })
  }
  return findings
}

/** Notices and exceptions that are over: clean-up work, not errors. */
export const cleanUp = (doc: OpeningHoursDoc, today: string, now: Date): StalenessFinding[] => {
  const findings: StalenessFinding[] = []
  const noticeEnd = doc.notice?.to ? new Date(doc.notice.to) : null
  if (doc.notice?.text && noticeEnd && noticeEnd < now) {
    findings.push({
      message: `Det tillfälliga meddelandet slutade ${toLocal(noticeEnd).date} och visas inte längre. Ta bort det.`,
      path: 'notice.text',
      ruleId: 'stale/cleanup',
      severity: 'info',
    })
  }
  const past = (doc.exceptions ?? []).filter((e) => e?.from && (e.to || e.from)! < today)
  if (past.length > 0) {
    const last = past
      .map((e) => (e.to || e.from)!)
      .sort()
      .at(-1)!
    findings.push({
      message: `${past.length === 1 ? 'En avvikande dag' : `${past.length} avvikande dagar`} har passerat (senast ${last}). Ta bort ${past.length === 1 ? 'den' : 'dem'}.`,
      path: 'exceptions',
      ruleId: 'stale/cleanup',
      severity: 'info',
    })
  }
  return findings
}

/** A season that is over with none after it: next year's summer hours are probably missing. */
export const endedPeriods = (doc: OpeningHoursDoc, today: string): StalenessFinding[] => {
  const periods = (doc.periods ?? []).filter((p) => p?.validThrough)
  const ended = periods.filter((p) => p.validThrough! < today)
  if (ended.length === 0 || periods.some((p) => p.validThrough! >= today)) return []
  const last = ended
    .map((p) => p.validThrough!)
    .sort()
    .at(-1)!
  return [
    {
      message: `Perioden som slutade ${last} har ingen kommande period. Lägg in nästa period (till exempel nästa års sommartider) eller ta bort den gamla.`,
      path: 'periods',
      ruleId: 'stale/period-ended',
      severity: 'warning',
    },
  ]
}

/** Every staleness check of an opening-hours document, asking about holidays `windowDays` ahead. */
export const openingHoursStaleness =
  ({ windowDays = holidayWindowDays }: { windowDays?: number } = {}) =>
  (doc: Record<string, unknown>, { today }: { today: string }): StalenessFinding[] => {
    const hours = doc as OpeningHoursDoc
    return [
      ...holidayQuestions(hours, today, windowDays),
      ...endedPeriods(hours, today),
      ...cleanUp(hours, today, new Date()),
    ]
  }
