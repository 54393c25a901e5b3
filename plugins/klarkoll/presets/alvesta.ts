import type { Preset } from './types'

export const alvesta: Preset = {
  extends: 'standard',
  label: 'Alvesta',
  name: 'alvesta',
  rules: {
    // A3: simple language in every channel.
    'klarsprak/lix': ['warning', { max: 45 }],
    // A1/A2: tell people when we will get back to them, on every channel.
    'policy/response-time': ['error', { require: ['chat', 'email', 'phone', 'sms'] }],
  },
  source: 'Alvestas service- och tillgänglighetspolicy 2021: A1, A2, A3',
}
