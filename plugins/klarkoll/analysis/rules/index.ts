import type { Rule } from '../rule'

import { abbreviation } from './abbreviation'
import { allCaps } from './allCaps'
import { ingress } from './ingress'
import { krangelordRule } from './krangelord'
import { lixRule } from './lix'
import { longCompound } from './longCompound'
import { longSentence } from './longSentence'
import { passive } from './passive'
import { tone } from './tone'

/** Every klarspråk rule, in the order findings are reported. */
export const klarsprakRules = [
  lixRule,
  longSentence,
  longCompound,
  krangelordRule,
  abbreviation,
  passive,
  tone,
  allCaps,
  ingress,
] as unknown as Rule<object>[]
