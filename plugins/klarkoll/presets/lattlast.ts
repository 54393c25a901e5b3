import type { Preset } from './types'

/** Easy-to-read (lättläst) pages: short sentences, short words, no abbreviations. */
export const lattlast: Preset = {
  extends: 'standard',
  label: 'Lättläst',
  name: 'lattlast',
  rules: {
    'klarsprak/abbreviation': 'error',
    'klarsprak/all-caps': 'error',
    'klarsprak/krangelord': 'error',
    'klarsprak/lix': ['error', { max: 30, minWords: 20 }],
    'klarsprak/long-compound': ['warning', { minLetters: 12 }],
    'klarsprak/long-sentence': ['error', { maxWords: 12 }],
    'klarsprak/passive': 'warning',
  },
  source: 'MTM:s råd om lättläst; lix.se (under 30: mycket lätt)',
}
