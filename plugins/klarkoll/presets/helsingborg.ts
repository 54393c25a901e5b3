import type { Preset } from './types'

export const helsingborg: Preset = {
  extends: 'standard',
  label: 'Helsingborg',
  name: 'helsingborg',
  rules: {
    // HB2: the city's web guideline, LIX at most 40.
    'klarsprak/lix': ['error', { max: 40 }],
  },
  source: 'Helsingborgs servicepolicy 2016: HB1, HB2',
}
