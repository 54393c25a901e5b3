import type { RuleSettings } from '../analysis/config'
import type { Preset, PresetName } from './types'

import { RuleConfigError } from '../analysis/config'
import { alvesta } from './alvesta'
import { harnosand } from './harnosand'
import { helsingborg } from './helsingborg'
import { lattlast } from './lattlast'
import { salem } from './salem'
import { standard } from './standard'
import { varmdo } from './varmdo'

export type { Preset, PresetName } from './types'

export const presets: Record<PresetName, Preset> = {
  alvesta,
  harnosand,
  helsingborg,
  lattlast,
  salem,
  standard,
  varmdo,
}

const lookUp = (preset: Preset | string): Preset => {
  if (typeof preset !== 'string') return preset
  const found = presets[preset as PresetName]
  if (!found) {
    throw new RuleConfigError(
      `Okänd policy "${preset}". Policyer som finns: ${Object.keys(presets).join(', ')}.`,
    )
  }
  return found
}

/** A preset and everything it extends, base first. */
export const presetChain = (preset: Preset | string): Preset[] => {
  const chain: Preset[] = []
  for (
    let p: Preset | undefined = lookUp(preset);
    p;
    p = p.extends ? lookUp(p.extends) : undefined
  ) {
    if (chain.includes(p)) {
      throw new RuleConfigError(`Policyn "${p.name}" bygger på sig själv.`)
    }
    chain.unshift(p)
  }
  return chain
}

/**
 * The rule settings of a preset with everything it extends, base first, then `extra` on top:
 * a later setting for a rule replaces the earlier one whole, as in ESLint.
 */
export const resolvePreset = (preset: Preset | string, extra: RuleSettings = {}): RuleSettings =>
  Object.assign({}, ...presetChain(preset).map((p) => p.rules), extra) as RuleSettings
