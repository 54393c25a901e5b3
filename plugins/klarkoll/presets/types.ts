import type { RuleSettings } from '../analysis/config'

export type PresetName =
  'alvesta' | 'harnosand' | 'helsingborg' | 'lattlast' | 'salem' | 'standard' | 'varmdo'

/** A named set of rule settings; `extends` builds on another preset (its settings first). */
export type Preset = {
  extends?: Preset | PresetName
  /** Swedish name shown in the admin. */
  label: string
  name: string
  rules: RuleSettings
  /** Where the thresholds come from. */
  source: string
}
