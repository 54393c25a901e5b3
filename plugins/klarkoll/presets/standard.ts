import type { Preset } from './types'

/** Neutral default: klarspråk advice as warnings; only very hard text (LIX 60+) blocks. */
export const standard: Preset = {
  label: 'Standard',
  name: 'standard',
  rules: {
    'klarsprak/lix': ['error', { max: 60 }],
    'policy/confirmation-time': 'info',
    'policy/main-contact': 'warning',
    'policy/min-channels': ['warning', { min: 2 }],
    'policy/phone-hours': 'info',
    'policy/required-fields': 'warning',
    'policy/response-time': ['warning', { require: ['email'] }],
    // A Värmdö promise; other municipalities may answer texts differently.
    'policy/sms-like-phone': 'off',
    'policy/visiting-hours': 'warning',
  },
  source: 'Språklagen 11 §; lix.se (60 och över: mycket svår text)',
}
