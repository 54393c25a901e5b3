import type { PolicyRule } from '../rule'

import { mainContact } from './mainContact'
import { minChannels } from './minChannels'
import { phoneHours } from './phoneHours'
import { requiredFields } from './requiredFields'
import { responseTime } from './responseTime'
import { visitingHours } from './visitingHours'

/** Every service-policy rule. */
export const policyRules = [
  minChannels,
  responseTime,
  mainContact,
  visitingHours,
  phoneHours,
  requiredFields,
] as unknown as PolicyRule<{ collection: string }>[]
