/**
 * What a municipality must have in lättläst and in its minority languages. R12 of DIGG's
 * webbriktlinjer names the minimum lättläst content; lag (2009:724) om nationella minoriteter och
 * minoritetsspråk asks every public body to inform the minorities of their rights (3 §), and a
 * municipality in an administrative area (förvaltningsområde) to serve residents in the language.
 */
export type VersionTopic = {
  value: string
  label: { en: string; sv: string }
}

export const versionTopics: readonly VersionTopic[] = [
  { label: { en: 'About the municipality', sv: 'Om kommunen' }, value: 'om-kommunen' },
  {
    label: { en: 'Your rights and obligations', sv: 'Dina rättigheter och skyldigheter' },
    value: 'rattigheter',
  },
  { label: { en: 'Contact us', sv: 'Kontakta oss' }, value: 'kontakta-oss' },
  {
    label: { en: 'Rights of the national minorities', sv: 'Nationella minoriteters rättigheter' },
    value: 'minoritetsrattigheter',
  },
]

/** R12's minimum for lättläst. */
export const defaultLattlastTopics = ['om-kommunen', 'rattigheter', 'kontakta-oss']

/** The page every required minority language must have. */
export const minorityRightsTopic = 'minoritetsrattigheter'

export const topicLabel = (value: string): string =>
  versionTopics.find((topic) => topic.value === value)?.label.sv ?? value

export const sources = {
  lattlast:
    'DIGG:s webbriktlinjer R12 ”Ge information på lättläst” (webbriktlinjer.se/riktlinjer/12-ge-information-pa-lattlast)',
  minorityRights: 'Lag (2009:724) om nationella minoriteter och minoritetsspråk, 3 §',
  administrativeArea:
    'Lag (2009:724) om nationella minoriteter och minoritetsspråk, bestämmelserna om förvaltningsområden',
} as const
