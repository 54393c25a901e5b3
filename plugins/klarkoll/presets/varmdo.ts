import type { Preset } from './types'

export const varmdo: Preset = {
  extends: 'standard',
  label: 'Värmdö',
  name: 'varmdo',
  rules: {
    // V3: one phone number, one e-mail address, one postal address.
    'policy/main-contact': 'error',
    // V1: be reachable by phone during opening hours.
    'policy/phone-hours': 'warning',
    // V8: clear what an e-service is for and what to have ready.
    'policy/required-fields': [
      'error',
      {
        fields: {
          shortDescription: 'vad e-tjänsten är till för (kort beskrivning)',
          whatToHaveReady: 'vad man behöver ha till hands',
        },
      },
    ],
    // V5: e-mail answered within two working days.
    'policy/response-time': [
      'error',
      { max: { email: { unit: 'arbetsdagar', value: 2 } }, require: ['email'] },
    ],
    // Telefoni: texts are answered like phone calls.
    'policy/sms-like-phone': 'error',
    // V6: visiting hours on the website.
    'policy/visiting-hours': 'error',
  },
  source:
    'Värmdös riktlinjer för tillgänglighet och service 2016: V1, V3, V5, V6, V8, sms som telefon',
}
