import type { Rule } from '../rule'

import { abbreviation } from './abbreviation'
import { acronym } from './acronym'
import { allCaps } from './allCaps'
import { ingress } from './ingress'
import { krangelordRule } from './krangelord'
import { lixRule } from './lix'
import { longCompound } from './longCompound'
import { longSentence } from './longSentence'
import { numberFormat } from './numberFormat'
import { paragraphLength } from './paragraphLength'
import { passive } from './passive'
import { repeatedStart } from './repeatedStart'
import { subheadings } from './subheadings'
import { tone } from './tone'
import { transitionWords } from './transitionWords'
import { vagueHeading } from './vagueHeading'

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
  acronym,
  numberFormat,
  repeatedStart,
  paragraphLength,
  subheadings,
  vagueHeading,
  transitionWords,
] as unknown as Rule<object>[]
