export { analyze, type AnalyzeOptions, ruleContext } from './analyze'
export { resolveRules, RuleConfigError, type RuleSetting, type RuleSettings } from './config'
export { krangelord, type WordPair } from './data/krangelord'
export { extractLexical } from './extract/lexical'
export { textToBlocks } from './extract/plainText'
export { lix, lixBand, ovix } from './lix'
export { type OptionSpec, type OptionsSchema, optionProblem } from './optionsSchema'
export {
  atWords,
  defineRule,
  type Rule,
  type RuleContext,
  type RuleFinding,
  toFinding,
} from './rule'
export { klarsprakRules } from './rules'
export { tokenize } from './text/tokenize'
export type * from './types'
