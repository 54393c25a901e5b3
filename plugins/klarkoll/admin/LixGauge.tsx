import type { LixBand } from '../analysis/types'

import { lixBands, lixColor } from './lixScale'

const max = 80

/** LIX as a meter with the lix.se bands behind it: green is easy, red very hard. */
export const LixGauge = ({ band, lix }: { band: LixBand | null; lix: null | number }) => {
  const value = lix === null ? null : Math.min(max, Math.max(0, lix))
  return (
    <div className="klarkoll-gauge">
      <div className="klarkoll-gauge__value" style={{ color: lixColor(lix) }}>
        <strong>LIX {lix === null ? '–' : Math.round(lix)}</strong>
        {band ? <span> · {band}</span> : null}
      </div>
      <div
        aria-label="LIX"
        aria-valuemax={max}
        aria-valuemin={0}
        aria-valuenow={value ?? undefined}
        aria-valuetext={lix === null ? 'för lite text' : `${Math.round(lix)}, ${band}`}
        className="klarkoll-gauge__track"
        role="meter"
      >
        {lixBands.map((b) => (
          <span
            className="klarkoll-gauge__band"
            key={b.band}
            style={{ background: b.color, width: `${((b.to - b.from) / max) * 100}%` }}
            title={`${b.from}–${b.to}: ${b.band}`}
          />
        ))}
        {value !== null ? (
          <span className="klarkoll-gauge__marker" style={{ left: `${(value / max) * 100}%` }} />
        ) : null}
      </div>
    </div>
  )
}
