/** Choices for e-services; values are stable API keys, labels Swedish first. */

type Option = { label: { sv: string }; value: string }

/** The Swedish label of a stored value, or the value itself when it is not among the options. */
export const optionLabel = (options: readonly Option[], value: string): string =>
  options.find((o) => o.value === value)?.label.sv ?? value

export const statusOptions = [
  { label: { en: 'Active', sv: 'Aktiv' }, value: 'aktiv' },
  { label: { en: 'Under maintenance', sv: 'Under underhåll' }, value: 'underhall' },
  { label: { en: 'Retired', sv: 'Avvecklad' }, value: 'avvecklad' },
]

export const audienceOptions = [
  { label: { en: 'Residents', sv: 'Privatpersoner' }, value: 'privatperson' },
  { label: { en: 'Guardians', sv: 'Vårdnadshavare' }, value: 'vardnadshavare' },
  { label: { en: 'Businesses', sv: 'Företag' }, value: 'foretag' },
  { label: { en: 'Associations', sv: 'Föreningar' }, value: 'forening' },
  { label: { en: 'Property owners', sv: 'Fastighetsägare' }, value: 'fastighetsagare' },
]

export const topicOptions = [
  { label: { en: 'Children and education', sv: 'Barn och utbildning' }, value: 'barn-utbildning' },
  { label: { en: 'Care and support', sv: 'Omsorg och stöd' }, value: 'omsorg-stod' },
  {
    label: { en: 'Building, housing and environment', sv: 'Bygga, bo och miljö' },
    value: 'bygga-bo-miljo',
  },
  { label: { en: 'Traffic and streets', sv: 'Trafik och gator' }, value: 'trafik-gator' },
  { label: { en: 'Culture and leisure', sv: 'Kultur och fritid' }, value: 'kultur-fritid' },
  { label: { en: 'Business and work', sv: 'Näringsliv och arbete' }, value: 'naringsliv-arbete' },
  {
    label: { en: 'Municipality and politics', sv: 'Kommun och politik' },
    value: 'kommun-politik',
  },
]

/** How the applicant logs in; "ingen" means no login at all, so it stands alone. */
export const authenticationOptions = [
  { label: { en: 'No login', sv: 'Ingen inloggning' }, value: 'ingen' },
  { label: { en: 'BankID', sv: 'BankID' }, value: 'bankid' },
  { label: { en: 'Mobile BankID', sv: 'Mobilt BankID' }, value: 'mobilt-bankid' },
  { label: { en: 'Freja eID+', sv: 'Freja eID+' }, value: 'freja-eid-plus' },
  {
    label: { en: 'Foreign eID (eIDAS)', sv: 'Utländsk e-legitimation (eIDAS)' },
    value: 'utlandsk-e-legitimation',
  },
]

/** BCP 47 codes; Swedish, English and the national minority languages first. */
export const languageOptions = [
  { label: { en: 'Swedish', sv: 'Svenska' }, value: 'sv' },
  { label: { en: 'English', sv: 'Engelska' }, value: 'en' },
  { label: { en: 'Finnish', sv: 'Finska' }, value: 'fi' },
  { label: { en: 'Meänkieli', sv: 'Meänkieli' }, value: 'fit' },
  { label: { en: 'Northern Sami', sv: 'Nordsamiska' }, value: 'se' },
  { label: { en: 'Romani', sv: 'Romani chib' }, value: 'rom' },
  { label: { en: 'Yiddish', sv: 'Jiddisch' }, value: 'yi' },
  { label: { en: 'Arabic', sv: 'Arabiska' }, value: 'ar' },
  { label: { en: 'Somali', sv: 'Somaliska' }, value: 'so' },
  { label: { en: 'Persian', sv: 'Persiska' }, value: 'fa' },
  { label: { en: 'Tigrinya', sv: 'Tigrinja' }, value: 'ti' },
  { label: { en: 'Ukrainian', sv: 'Ukrainska' }, value: 'uk' },
]

export const alternativeChannelOptions = [
  { label: { en: 'Paper form', sv: 'Pappersblankett' }, value: 'pappersblankett' },
  { label: { en: 'Visit', sv: 'Besök' }, value: 'besok' },
  { label: { en: 'Phone', sv: 'Telefon' }, value: 'telefon' },
  { label: { en: 'Letter', sv: 'Brev' }, value: 'brev' },
  { label: { en: 'E-mail', sv: 'E-post' }, value: 'epost' },
]

/**
 * How soon the applicant is told the application has arrived (Salem S6: "samma dag eller vid
 * arbetsbelastning inom ett dygn"). `hours` is the worst case, a working day spanning a weekend,
 * so a policy limit can be compared; `words` finish "Du får en bekräftelse …".
 */
export const confirmationTimeOptions = [
  { hours: 0, label: { en: 'At once', sv: 'Direkt' }, value: 'direkt', words: 'direkt' },
  {
    hours: 12,
    label: { en: 'The same day', sv: 'Samma dag' },
    value: 'samma-dag',
    words: 'samma dag',
  },
  {
    hours: 24,
    label: { en: 'Within 24 hours', sv: 'Inom ett dygn' },
    value: 'ett-dygn',
    words: 'inom ett dygn',
  },
  {
    hours: 72,
    label: { en: 'Within one working day', sv: 'Inom en arbetsdag' },
    value: 'en-arbetsdag',
    words: 'inom en arbetsdag',
  },
  {
    hours: 120,
    label: { en: 'Within three working days', sv: 'Inom tre arbetsdagar' },
    value: 'tre-arbetsdagar',
    words: 'inom tre arbetsdagar',
  },
  {
    hours: 168,
    label: { en: 'Within a week', sv: 'Inom en vecka' },
    value: 'en-vecka',
    words: 'inom en vecka',
  },
] as const

export type ConfirmationTime = (typeof confirmationTimeOptions)[number]['value']

export const confirmationTimeOption = (value: unknown) =>
  confirmationTimeOptions.find((o) => o.value === value)
