import type { Snapshot } from '../dashboard/snapshots'

import { lixColor } from './lixScale'

/** How many documents have LIX in each five-point bin, coloured by the lix.se bands. */
export const LixHistogram = ({ lixes }: { lixes: number[] }) => {
  const bins = Array.from({ length: 12 }, (_, i) => ({ from: 15 + i * 5, n: 0 }))
  for (const lix of lixes) {
    const index = Math.min(bins.length - 1, Math.max(0, Math.floor((lix - 15) / 5)))
    bins[index]!.n++
  }
  const most = Math.max(1, ...bins.map((b) => b.n))
  const width = 360
  const height = 120
  const bar = width / bins.length
  return (
    <figure className="klarkoll-chart">
      <svg
        aria-labelledby="klarkoll-lix-title"
        height={height + 20}
        role="img"
        viewBox={`0 0 ${width} ${height + 20}`}
        width="100%"
      >
        <title id="klarkoll-lix-title">
          {`LIX-fördelning: ${
            bins
              .filter((b) => b.n > 0)
              .map((b) => `${b.n} dokument med LIX ${b.from}–${b.from + 4}`)
              .join(', ') || 'inga granskade dokument'
          }`}
        </title>
        {bins.map((b, i) => {
          const h = (b.n / most) * height
          return (
            <g key={b.from}>
              <rect
                fill={lixColor(b.from)}
                height={h}
                width={bar - 2}
                x={i * bar + 1}
                y={height - h}
              />
              <text fontSize="9" textAnchor="middle" x={i * bar + bar / 2} y={height + 12}>
                {b.from}
              </text>
            </g>
          )
        })}
      </svg>
      <figcaption>LIX per dokument (antal dokument i varje intervall)</figcaption>
    </figure>
  )
}

/** Errors and warnings per day from the stored snapshots. */
export const TrendChart = ({ snapshots }: { snapshots: Snapshot[] }) => {
  const width = 360
  const height = 120
  if (snapshots.length === 0) return <p>Ingen historik ännu: en mätpunkt sparas varje dag.</p>
  const most = Math.max(1, ...snapshots.flatMap((s) => [s.errors, s.warnings]))
  const x = (i: number) =>
    snapshots.length === 1 ? width / 2 : (i / (snapshots.length - 1)) * (width - 20) + 10
  const y = (n: number) => height - (n / most) * (height - 10)
  const line = (key: 'errors' | 'warnings') =>
    snapshots.map((s, i) => `${x(i)},${y(s[key])}`).join(' ')
  const last = snapshots.at(-1)!
  return (
    <figure className="klarkoll-chart">
      <svg
        aria-labelledby="klarkoll-trend-title"
        height={height + 20}
        role="img"
        viewBox={`0 0 ${width} ${height + 20}`}
        width="100%"
      >
        <title id="klarkoll-trend-title">
          {`Fel och varningar ${snapshots[0]!.date}–${last.date}: senast ${last.errors} fel och ${last.warnings} varningar`}
        </title>
        <polyline fill="none" points={line('warnings')} stroke="#9a6700" strokeWidth="2" />
        <polyline fill="none" points={line('errors')} stroke="#cf222e" strokeWidth="2" />
        {snapshots.map((s, i) => (
          <g key={s.date}>
            <circle cx={x(i)} cy={y(s.errors)} fill="#cf222e" r="2.5" />
            <circle cx={x(i)} cy={y(s.warnings)} fill="#9a6700" r="2.5" />
          </g>
        ))}
        <text fontSize="9" x="0" y={height + 14}>
          {snapshots[0]!.date}
        </text>
        <text fontSize="9" textAnchor="end" x={width} y={height + 14}>
          {last.date}
        </text>
      </svg>
      <figcaption>
        <span style={{ color: '#cf222e' }}>■</span> fel ·{' '}
        <span style={{ color: '#9a6700' }}>■</span> varningar, per dag
      </figcaption>
    </figure>
  )
}
