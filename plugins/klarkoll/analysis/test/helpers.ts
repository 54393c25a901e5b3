import type { RuleSettings } from '../config'
import type { AnalysisInput, Block } from '../types'

import { analyze } from '../analyze'

export const paragraph = (text: string, path = 'body.root.children.0'): Block => ({
  kind: 'paragraph',
  path,
  text,
})

/** Analyses Swedish paragraphs, one per string. */
export const analyzeText = (
  texts: string | string[],
  rules?: RuleSettings,
  extra: Partial<AnalysisInput> = {},
) =>
  analyze(
    {
      blocks: (Array.isArray(texts) ? texts : [texts]).map((t, i) =>
        paragraph(t, `body.root.children.${i}`),
      ),
      ...extra,
    },
    { rules },
  )

/** Only one rule on, the others off: for a rule's own passing and failing examples. */
export const onlyRule = (id: string, setting: RuleSettings[string] = 'warning'): RuleSettings => ({
  'klarsprak/abbreviation': 'off',
  'klarsprak/acronym': 'off',
  'klarsprak/all-caps': 'off',
  'klarsprak/ingress': 'off',
  'klarsprak/krangelord': 'off',
  'klarsprak/lix': 'off',
  'klarsprak/long-compound': 'off',
  'klarsprak/long-sentence': 'off',
  'klarsprak/number-format': 'off',
  'klarsprak/paragraph-length': 'off',
  'klarsprak/passive': 'off',
  'klarsprak/repeated-start': 'off',
  'klarsprak/subheadings': 'off',
  'klarsprak/tone': 'off',
  'klarsprak/transition-words': 'off',
  'klarsprak/vague-heading': 'off',
  [id]: setting,
})

/** The words each finding of one rule points at. */
export const flagged = (texts: string | string[], id: string, setting?: RuleSettings[string]) =>
  analyzeText(texts, onlyRule(id, setting)).findings.map((f) => f.excerpt)
