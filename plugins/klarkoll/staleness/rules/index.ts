import type { StalenessRule } from '../rule'

import { expired } from './expired'
import { ownerMissing } from './ownerMissing'
import { reviewDue } from './reviewDue'
import { reviewOverdue } from './reviewOverdue'
import { versionBehind } from './versionBehind'

export const stalenessRules = [
  ownerMissing,
  reviewOverdue,
  reviewDue,
  expired,
  versionBehind,
] as unknown as StalenessRule[]
