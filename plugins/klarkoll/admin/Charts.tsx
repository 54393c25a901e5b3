import React from 'react'

import type { Snapshot } from '../dashboard/snapshots'

import { swedishNumber } from '../dashboard/labels'
import { lixColor } from './lixScale'

// Room for the axes' numbers and titles around the plot.
const left = 34
const bottom = 30
const plotWidth = 340
const plotHeight = 120
const width = left + plotWidth + 8
const height = plotHeight + bottom + 8

/** Whole-number steps for a count axis: 0, then up to four steps to the largest value. */
const ticks = (most: number) => {
  const step = Math.max(1, Math.ceil(most / 4))
  return Array.from({ length: Math.floor(most / step) + 1 }, (_, i) => i * step)
}

const YAxis = ({ most, title }: { most: number; title: string }) => (
  <g aria-hidden="true">
    <line stroke="currentColor" x1={left} x2={left} y1={8} y2={8 + plotHeight} />
    {ticks(most).map((tick) => {
      const y = 8 + plotHeight - (tick / most) * plotHeight
      return (
        <g key={tick}>
          <line
            stroke="currentColor"
            strokeOpacity="0.15"
            x1={left}
            x2={left + plotWidth}
            y1={y}
            y2={y}
          />
          <text fontSize="9" textAnchor="end" x={left - 4} y={y + 3}>
            {swedishNumber(tick, 0)}
          </text>
        </g>
      )
    })}
    <text
      fontSize="9"
      textAnchor="middle"
      transform={`translate(9 ${8 + plotHeight / 2}) rotate(-90)`}
    >
      {title}
    </text>
  </g>
)

const XAxisTitle = ({ title }: { title: string }) => (
  <text aria-hidden="true" fontSize="9" textAnchor="middle" x={left + plotWidth / 2} y={height - 2}>
    {title}
  </text>
)

/** How many documents have LIX in each five-point bin, coloured by the lix.se bands. */
export const LixHistogram = ({ lixes }: { lixes: number[] }) => {
  const bins = Array.from({ length: 12 }, (_, i) => ({ from: 15 + i * 5, n: 0 }))
  for (const lix of lixes) {
    const index = Math.min(bins.length - 1, Math.max(0, Math.floor((lix - 15) / 5)))
    bins[index]!.n++
  }
  const most = Math.max(1, ...bins.map((b) => b.n))
  const bar = plotWidth / bins.length
  const binName = (b: { from: number }, i: number) =>
    i === 0
      ? `under ${b.from + 5}`
      : i === bins.length - 1
        ? `${b.from} och över`
        : `${b.from}–${b.from + 4}`
  return (
    <figure className="klarkoll-chart">
      <svg
        aria-labelledby="klarkoll-lix-title"
        role="img"
        viewBox={`0 0 ${width} ${height}`}
        width="100%"
      >
        <title id="klarkoll-lix-title">
          {`LIX-fördelning: ${
            bins
              .map((b, i) => ({ b, i }))
              .filter(({ b }) => b.n > 0)
              .map(({ b, i }) => `${b.n} dokument med LIX ${binName(b, i)}`)
              .join(', ') || 'inga granskade dokument'
          }`}
        </title>
        <YAxis most={most} title="Antal dokument" />
        {bins.map((b, i) => {
          const h = (b.n / most) * plotHeight
          return (
            <g key={b.from}>
              <rect
                fill={lixColor(b.from)}
                height={h}
                width={bar - 2}
                x={left + i * bar + 1}
                y={8 + plotHeight - h}
              />
              <text
                aria-hidden="true"
                fontSize="9"
                textAnchor="middle"
                x={left + i * bar + bar / 2}
                y={8 + plotHeight + 11}
              >
                {b.from}
              </text>
            </g>
          )
        })}
        <XAxisTitle title="LIX (intervallets början)" />
      </svg>
      <figcaption>LIX per dokument: antal dokument i varje intervall om fem</figcaption>
      <details>
        <summary>Visa som tabell</summary>
        <table>
          <thead>
            <tr>
              <th scope="col">LIX</th>
              <th scope="col">Dokument</th>
            </tr>
          </thead>
          <tbody>
            {bins.map((b, i) => (
              <tr key={b.from}>
                <th scope="row">{binName(b, i)}</th>
                <td>{b.n}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </details>
    </figure>
  )
}

const dayLabel = (date: string) => {
  const [, month, day] = date.split('-')
  return `${Number(day)}/${Number(month)}`
}

/** Errors and warnings per day from the nightly snapshots, with their table. */
export const TrendChart = ({ snapshots }: { snapshots: Snapshot[] }) => {
  if (snapshots.length === 0) return <p>Ingen historik ännu: en mätpunkt sparas varje natt.</p>
  const most = Math.max(1, ...snapshots.flatMap((s) => [s.errors, s.warnings]))
  const x = (i: number) =>
    left +
    (snapshots.length === 1 ? plotWidth / 2 : (i / (snapshots.length - 1)) * (plotWidth - 12) + 6)
  const y = (n: number) => 8 + plotHeight - (n / most) * plotHeight
  const line = (key: 'errors' | 'warnings') =>
    snapshots.map((s, i) => `${x(i)},${y(s[key])}`).join(' ')
  const last = snapshots.at(-1)!
  const labelled = [...new Set([0, Math.floor((snapshots.length - 1) / 2), snapshots.length - 1])]
  return (
    <figure className="klarkoll-chart">
      <svg
        aria-labelledby="klarkoll-trend-title"
        role="img"
        viewBox={`0 0 ${width} ${height}`}
        width="100%"
      >
        <title id="klarkoll-trend-title">
          {`Fel och varningar ${snapshots[0]!.date}–${last.date}: senast ${last.errors} fel och ${last.warnings} varningar`}
        </title>
        <YAxis most={most} title="Antal" />
        <line
          aria-hidden="true"
          stroke="currentColor"
          x1={left}
          x2={left + plotWidth}
          y1={8 + plotHeight}
          y2={8 + plotHeight}
        />
        <polyline
          fill="none"
          points={line('warnings')}
          stroke="#9a6700"
          strokeDasharray="5 3"
          strokeWidth="2"
        />
        <polyline fill="none" points={line('errors')} stroke="#cf222e" strokeWidth="2" />
        {snapshots.map((s, i) => (
          <g key={s.date}>
            <circle cx={x(i)} cy={y(s.errors)} fill="#cf222e" r="2.5" />
            <rect fill="#9a6700" height="5" width="5" x={x(i) - 2.5} y={y(s.warnings) - 2.5} />
          </g>
        ))}
        {labelled.map((i) => (
          <text
            aria-hidden="true"
            fontSize="9"
            key={i}
            textAnchor="middle"
            x={x(i)}
            y={8 + plotHeight + 11}
          >
            {dayLabel(snapshots[i]!.date)}
          </text>
        ))}
        <XAxisTitle title="Dag" />
      </svg>
      <figcaption>
        <span style={{ color: '#cf222e' }}>● heldragen linje</span>: fel ·{' '}
        <span style={{ color: '#9a6700' }}>■ streckad linje</span>: varningar, per natt
      </figcaption>
      <details>
        <summary>Visa som tabell</summary>
        <table>
          <thead>
            <tr>
              <th scope="col">Dag</th>
              <th scope="col">Dokument</th>
              <th scope="col">Fel</th>
              <th scope="col">Varningar</th>
              <th scope="col">Snitt-LIX</th>
            </tr>
          </thead>
          <tbody>
            {snapshots.map((s) => (
              <tr key={s.date}>
                <th scope="row">{s.date}</th>
                <td>{s.documents}</td>
                <td>{s.errors}</td>
                <td>{s.warnings}</td>
                <td>{swedishNumber(s.avgLix)}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </details>
    </figure>
  )
}
