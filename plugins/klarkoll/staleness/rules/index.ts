import type { StalenessRule } from '../rule'

import { expired } from './expired'
import { ownerMissing } from './ownerMissing'
import { reviewDue } from './reviewDue'
import { reviewOverdue } from './reviewOverdue'

export const stalenessRules = [
  ownerMissing,
  reviewOverdue,
  reviewDue,
  expired,
] as unknown as StalenessRule[]
