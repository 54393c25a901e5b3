import type { LixBand } from '../analysis/types'

/** The lix.se bands with the colours the panel and the dashboard use (green to red). */
export const lixBands: Array<{ band: LixBand; color: string; from: number; to: number }> = [
  { band: 'mycket lätt', color: '#1a7f37', from: 0, to: 30 },
  { band: 'lätt', color: '#4d9a2a', from: 30, to: 40 },
  { band: 'medelsvår', color: '#9a6700', from: 40, to: 50 },
  { band: 'svår', color: '#bc4c00', from: 50, to: 60 },
  { band: 'mycket svår', color: '#cf222e', from: 60, to: 80 },
]

export const lixColor = (lix: null | number): string =>
  lix === null ? '#6e7781' : (lixBands.find((b) => lix < b.to) ?? lixBands.at(-1)!).color
