// Random schedules against the opening_hours package, in whatever TZ this process has. Args: seed,
// number of schedules. Prints the disagreements and a digest of our own answers, which must not
// depend on the process's time zone.
import { createHash } from 'node:crypto'
import OpeningHours from 'opening_hours'

import { statusAt, toInstant, toLocal, toOsmOpeningHours } from '../../../../lib/openingHours'
import { randomSchedule, seeded } from './randomSchedules'

const seed = Number(process.argv[2] ?? 1)
const count = Number(process.argv[3] ?? 220)
const timeZone = Intl.DateTimeFormat().resolvedOptions().timeZone
const inStockholm = timeZone === 'Europe/Stockholm'
const start = Date.parse('2026-11-21T00:00:00Z')
const end = Date.parse('2027-12-31T00:00:00Z')

/**
 * opening_hours reads a Date's local fields. In Stockholm that is the instant itself; elsewhere a
 * local Date with Stockholm's wall-clock fields, or null where that wall time does not exist here
 * (this zone's own spring gap).
 */
const oracleDate = (instant: number): Date | null => {
  if (inStockholm) return new Date(instant)
  const { date, minutes } = toLocal(new Date(instant))
  const [y, m, d] = date.split('-').map(Number) as [number, number, number]
  const local = new Date(y, m - 1, d, Math.floor(minutes / 60), minutes % 60)
  return local.getHours() * 60 + local.getMinutes() === minutes && local.getDate() === d
    ? local
    : null
}

/** The instant a change the oracle reports stands for. */
const fromOracle = (date: Date): number =>
  inStockholm
    ? date.getTime()
    : toInstant(
        `${date.getFullYear()}-${String(date.getMonth() + 1).padStart(2, '0')}-${String(date.getDate()).padStart(2, '0')}`,
        date.getHours() * 60 + date.getMinutes(),
      ).getTime()

// The clock changes of 2026–27 (UTC): every one gets instants around it.
const clockChanges = [
  '2026-03-29T01:00:00Z',
  '2026-10-25T01:00:00Z',
  '2027-03-28T01:00:00Z',
  '2027-10-31T01:00:00Z',
].map(Date.parse)

const r = seeded(seed)
const digest = createHash('sha256')
const disagreements: Array<Record<string, unknown>> = []
let samples = 0
let skipped = 0
let alwaysOpen = 0

for (let index = 0; index < count; index++) {
  const schedule = randomSchedule(r)
  const osm = toOsmOpeningHours(schedule)
  const oracle = new OpeningHours(osm, {
    address: { country_code: 'se', state: '' },
    lat: 59.33,
    lon: 18.07,
  } as never)

  // Seeded instants (the same in every TZ) and the clock changes, each with its neighbours.
  const fixed = new Set<number>()
  for (let i = 0; i < 150; i++)
    fixed.add(start + Math.floor((r.next() * (end - start)) / 60_000) * 60_000)
  for (const change of clockChanges)
    for (const d of [-61, -60, -59, -1, 0, 1, 59, 60, 61]) fixed.add(change + d * 60_000)
  // Every boundary either side sees, a minute before, at and after it.
  const near = new Set<number>()
  const iterator = oracle.getIterator(oracleDate(start) ?? new Date(start))
  for (let n = 0; n < 40 && iterator.advance(); n++) {
    const at = fromOracle(iterator.getDate())
    if (at > end) break
    for (const d of [-1, 0, 1]) near.add(at + d * 60_000)
  }
  let at = start
  for (let n = 0; n < 40; n++) {
    const status = statusAt(schedule, new Date(at))
    if (n === 0 && status.openAroundTheClock) alwaysOpen++
    if (!status.nextChange) break
    at = Date.parse(status.nextChange)
    if (at > end) break
    for (const d of [-1, 0, 1]) near.add(at + d * 60_000)
  }

  for (const instant of [...fixed].sort((a, b) => a - b)) {
    digest.update(statusAt(schedule, new Date(instant)).open ? '1' : '0')
  }
  for (const instant of new Set([...fixed, ...near])) {
    const local = oracleDate(instant)
    if (!local) {
      skipped++
      continue
    }
    samples++
    const ours = statusAt(schedule, new Date(instant)).open
    const theirs = oracle.getState(local)
    if (ours !== theirs && disagreements.length < 20) {
      disagreements.push({ at: new Date(instant).toISOString(), index, osm, ours, schedule })
    } else if (ours !== theirs) {
      disagreements.push({ at: new Date(instant).toISOString(), index })
    }
  }
}

console.log(
  JSON.stringify({
    alwaysOpen,
    digest: digest.digest('hex'),
    disagreements,
    samples,
    schedules: count,
    skipped,
    timeZone,
  }),
)
