/** Monday = 1 … Sunday = 7 (ISO 8601). */
export type Weekday = 1 | 2 | 3 | 4 | 5 | 6 | 7

/** Wall-clock times in Europe/Stockholm, "HH:MM" 24-hour; "24:00" may end a day. */
export type Interval = { from: string; to: string }

export type WeeklyRow = { days: Weekday[]; intervals: Interval[] }

/** A season with its own weekly hours, e.g. summer hours, dates inclusive ("YYYY-MM-DD"). */
export type Period = { validFrom: string; validThrough: string; weekly: WeeklyRow[] }

/** A dated exception: closed, or other intervals, for one date or an inclusive range. */
export type Exception = {
  closed: boolean
  from: string
  intervals?: Interval[]
  note?: string
  to?: string
}

export type HolidayPolicy = {
  /** Closed on Swedish public holidays (röda dagar). */
  closedOnPublicHolidays: boolean
  /** Closed on julafton, midsommarafton and nyårsafton. */
  closedOnEves: boolean
  /**
   * Hours on those three eves when they are not closed: a half day, e.g. 09:00–12:00 on julafton.
   * Empty or absent: the eve follows the ordinary hours of its weekday.
   */
  eveHours?: Interval[]
}

/** A temporary notice shown from `from` until `to` (ISO instants), then gone. */
export type Notice = { from: string; text: string; to: string }

export type Schedule = {
  exceptions: Exception[]
  holidays: HolidayPolicy
  notice?: Notice | null
  periods: Period[]
  weekly: WeeklyRow[]
}

export type DayReason = 'exception' | 'holiday' | 'period' | 'regular'

export type DayPlan = {
  date: string
  /** Name of the holiday or eve, when the date is one. */
  holiday?: string
  intervals: Interval[]
  note?: string
  reason: DayReason
}

export type Status = {
  /** When it closes, if open now (ISO instant). */
  closesAt?: string
  /** The next moment open changes to closed or back, within two weeks (ISO instant). */
  nextChange: null | string
  note?: string
  open: boolean
  /** Open now and through the next two weeks without a break: "Öppet dygnet runt". */
  openAroundTheClock?: true
  /** When it next opens, if closed now (ISO instant). */
  opensAt?: string
  reason: 'notice' | DayReason
}
