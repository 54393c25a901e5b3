import type { Preset } from './types'

export const salem: Preset = {
  extends: 'standard',
  label: 'Salem',
  name: 'salem',
  rules: {
    // S2: special phone hours only where they help the caller.
    'policy/phone-hours': 'warning',
    // S6: the confirmation reaches the applicant the same day, under load within a day…
    'policy/confirmation-time': ['error', { max: 'ett-dygn' }],
    // …and says when a decision comes and who handles it.
    'policy/required-fields': [
      'error',
      {
        fields: {
          'afterApplying.confirmation': 'hur man får bekräftelse',
          'afterApplying.handledBy': 'vem som handlägger',
          'processingTime.duration': 'handläggningstiden',
        },
      },
    ],
    // S4: voicemail within one day; S5: e-mail within three days; S9: complaints within a week.
    'policy/response-time': [
      'error',
      {
        max: {
          email: { unit: 'dagar', value: 3 },
          feedback: { unit: 'dagar', value: 7 },
          phone: { unit: 'dagar', value: 1 },
        },
        require: ['email', 'feedback', 'phone'],
      },
    ],
  },
  source: 'Salems servicepolicy 2010: S2, S4, S5, S6, S9',
}
