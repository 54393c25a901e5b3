/**
 * Användningssituationer: the functional performance statements of EN 301 549 (clause 4.2), which
 * DIGG suggests grouping the statement's known issues by.
 */
export const situations = [
  { label: { en: 'Usage without vision', sv: 'Användning utan syn' }, value: 'utan-syn' },
  {
    label: { en: 'Usage with limited vision', sv: 'Användning med nedsatt syn' },
    value: 'nedsatt-syn',
  },
  {
    label: { en: 'Usage without perception of colour', sv: 'Användning utan färgseende' },
    value: 'utan-fargseende',
  },
  { label: { en: 'Usage without hearing', sv: 'Användning utan hörsel' }, value: 'utan-horsel' },
  {
    label: { en: 'Usage with limited hearing', sv: 'Användning med nedsatt hörsel' },
    value: 'nedsatt-horsel',
  },
  {
    label: { en: 'Usage without vocal capability', sv: 'Användning utan förmåga att tala' },
    value: 'utan-tal',
  },
  {
    label: {
      en: 'Usage with limited manipulation or strength',
      sv: 'Användning med nedsatt rörlighet eller styrka',
    },
    value: 'nedsatt-motorik',
  },
  {
    label: { en: 'Usage with limited reach', sv: 'Användning med begränsad räckvidd' },
    value: 'begransad-rackvidd',
  },
  {
    label: {
      en: 'Minimise photosensitive seizure triggers',
      sv: 'Minimera risken för anfall vid ljuskänslighet',
    },
    value: 'ljuskanslighet',
  },
  {
    label: {
      en: 'Usage with limited cognition, language or learning',
      sv: 'Användning med nedsatt kognition, språk eller inlärning',
    },
    value: 'nedsatt-kognition',
  },
  { label: { en: 'Privacy', sv: 'Integritet' }, value: 'integritet' },
] as const

export type Situation = (typeof situations)[number]['value']

export const situationLabel = (value: string): string =>
  situations.find((situation) => situation.value === value)?.label.sv ?? value
