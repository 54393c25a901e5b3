import type { Preset } from './types'

export const harnosand: Preset = {
  extends: 'standard',
  label: 'Härnösand',
  name: 'harnosand',
  rules: {
    // H1: at least two contact channels always offered.
    'policy/min-channels': ['error', { min: 2 }],
    // H8: easy to leave feedback: the main contact has a channel for it.
    'policy/feedback-channel': 'error',
    // H5: calls and e-mail answered within the stated time.
    'policy/response-time': ['error', { require: ['email', 'phone'] }],
    // H6: e-services easy to understand.
    'policy/required-fields': [
      'error',
      {
        fields: {
          shortDescription: 'vad e-tjänsten är till för (kort beskrivning)',
          steps: 'hur det går till (steg)',
          whatToHaveReady: 'vad man behöver ha till hands',
        },
      },
    ],
  },
  source: 'Härnösands servicepolicy: H1, H5, H6, H7/H9, H8',
}
