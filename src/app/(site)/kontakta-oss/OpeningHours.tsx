import type { OpeningHour } from '../api'

import { scheduleAnchor, unitAnchor } from '../../../../lib/jsonLd/ids'
import { hoursStatus, hoursWeek, publicApiUrl } from '../api'
import { clock, hhmm, longDate, weekday, whenNext } from '../format'

const kindNames: Record<OpeningHour['kind'], string> = {
  besokstid: 'Besökstid',
  chatt: 'Chatt',
  reception: 'Reception',
  telefontid: 'Telefontid',
}

/**
 * "Öppet nu · stänger 16.30" and this week's hours for one schedule, from the status and week
 * endpoints; today's row is marked, holidays and exceptions carry their note.
 */
type Props = {
  /** Whether this section carries the schedule's anchor (`#oppettider-<id>`, its JSON-LD @id). */
  anchor: boolean
  hours: OpeningHour
  unitId: number | string
  unitName: string
}

export const OpeningHours = async ({ anchor, hours, unitId, unitName }: Props) => {
  const [status, week] = await Promise.all([hoursStatus(hours.id), hoursWeek(hours.id)])
  const headingId = `${unitAnchor(unitId)}-${scheduleAnchor(hours.id)}`
  return (
    <section
      aria-labelledby={headingId}
      className="hours"
      id={anchor ? scheduleAnchor(hours.id) : undefined}
    >
      <h4 id={headingId}>{kindNames[hours.kind]}</h4>
      {status ? (
        <p className="hours-status" data-open={status.open}>
          <strong>{status.open ? 'Öppet nu' : 'Stängt nu'}</strong>
          {status.open && status.openAroundTheClock ? ' · dygnet runt' : ''}
          {status.open && status.closesAt ? ` · stänger ${clock(status.closesAt)}` : ''}
          {!status.open && status.opensAt ? ` · öppnar ${whenNext(status.opensAt)}` : ''}
          {status.note ? ` · ${status.note}` : ''}
        </p>
      ) : null}
      {week ? (
        <table className="week">
          <caption>Den här veckan</caption>
          <tbody>
            {week.days.map((day, index) => (
              <tr aria-current={index === 0 ? 'date' : undefined} key={day.date}>
                <th scope="row">
                  {weekday(day.date)} {longDate(`${day.date}T12:00:00Z`).replace(/ \d{4}$/, '')}
                </th>
                <td>
                  {day.intervals.length === 0
                    ? 'Stängt'
                    : day.intervals.map((i) => `${hhmm(i.from)}–${hhmm(i.to)}`).join(', ')}
                  {day.holiday ? ` (${day.holiday})` : ''}
                  {day.note ? ` – ${day.note}` : ''}
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      ) : null}
      <p className="hours-calendar">
        <a href={publicApiUrl(`/opening-hours/${hours.id}/calendar`)} type="text/calendar">
          Avvikande tider i din kalender: {unitName}, {kindNames[hours.kind].toLowerCase()}{' '}
          (kalenderfil)
        </a>
      </p>
    </section>
  )
}
