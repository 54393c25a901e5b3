import type { PolicyRule } from '@klarkoll/payload-plugin'

import { confirmationTime } from './confirmationTime'
import { feedbackChannel } from './feedbackChannel'
import { mainContact } from './mainContact'
import { minChannels } from './minChannels'
import { phoneHours } from './phoneHours'
import { requiredFields } from './requiredFields'
import { responseTime } from './responseTime'
import { smsLikePhone } from './smsLikePhone'
import { visitingHours } from './visitingHours'

/**
 * The service-policy rules of Exempelkommun's data: contact details (channels and response-time
 * promises), opening hours and e-services. The presets' `policy/` settings apply to them.
 */
export const servicePolicyRules: PolicyRule<{ collection: string }>[] = [
  minChannels,
  responseTime,
  smsLikePhone,
  mainContact,
  feedbackChannel,
  visitingHours,
  phoneHours,
  requiredFields,
  confirmationTime,
]
