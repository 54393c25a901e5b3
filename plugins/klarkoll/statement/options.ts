import type { IssueStatus } from './compliance'

type Option<Value extends string> = { label: { en: string; sv: string }; value: Value }

// One list per select: the admin shows these labels, the statement's JSON and page use the same.

export const issueStatusOptions: Option<IssueStatus>[] = [
  { label: { en: 'Fix planned', sv: 'Åtgärd planerad' }, value: 'planerad' },
  {
    label: { en: 'Disproportionate burden (12 §)', sv: 'Oskäligt betungande (12 §)' },
    value: 'undantag-12',
  },
  {
    label: { en: 'Outside the law (9 §)', sv: 'Omfattas inte av lagen (9 §)' },
    value: 'undantag-9',
  },
  { label: { en: 'Fixed', sv: 'Åtgärdad' }, value: 'atgardad' },
]

export const assessmentMethodOptions: Option<'bada' | 'extern' | 'sjalvskattning'>[] = [
  { label: { en: 'Self-assessment', sv: 'Självskattning' }, value: 'sjalvskattning' },
  { label: { en: 'Third-party review', sv: 'Extern granskning' }, value: 'extern' },
  { label: { en: 'Both', sv: 'Självskattning och extern granskning' }, value: 'bada' },
]

export const exemptionGroundOptions: Option<'9' | '12'>[] = [
  { label: { en: 'Outside the law (9 §)', sv: 'Omfattas inte av lagen (9 §)' }, value: '9' },
  {
    label: { en: 'Disproportionate burden (12 §)', sv: 'Oskäligt betungande (12 §)' },
    value: '12',
  },
]

/** The Swedish label of a stored value, or the value itself when the list does not have it. */
export const svLabel = (options: Option<string>[], value: string): string =>
  options.find((option) => option.value === value)?.label.sv ?? value
