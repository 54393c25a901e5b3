/** The panel's words, Swedish first; English when the editor chose English in the admin. */
const sv = {
  accept: 'Markera som OK',
  acceptedBy: 'Godkänd',
  areaA11y: 'Tillgänglighet',
  areaKlarsprak: 'Klarspråk',
  areaPolicy: 'Servicepolicy',
  areaStaleness: 'Aktualitet',
  blocks: 'Stoppar publicering',
  cancel: 'Avbryt',
  checking: 'Granskar …',
  info: 'Tips',
  lix: 'LIX',
  longWords: 'Långa ord',
  noFindings: 'Inga synpunkter. Texten kan publiceras.',
  override: 'Publicera trots fel',
  overrideHelp:
    'Skriv varför texten ska publiceras trots felen (minst 10 tecken) och tryck sedan på Publicera. Skälet sparas i loggen.',
  passive: 'Passiv form',
  reason: 'Skäl',
  reasonTooShort: 'Skriv minst 10 tecken.',
  save: 'Spara',
  scheduledFailed: (at: string, why: string) =>
    `Den schemalagda publiceringen ${at} stoppades: ${why}. Rätta texten och schemalägg igen.`,
  sentenceLength: 'Ord per mening',
  sentences: 'Meningar',
  summaryBlocked: (n: number) => `${n} fel stoppar publiceringen.`,
  summaryWarnings: (n: number) =>
    n === 1
      ? '1 varning. Den stoppar inte publiceringen.'
      : `${n} varningar. De stoppar inte publiceringen.`,
  title: 'Klarkoll',
  warning: 'Varning',
  words: 'Ord',
}

const en: typeof sv = {
  accept: 'Mark as OK',
  acceptedBy: 'Accepted',
  areaA11y: 'Accessibility',
  areaKlarsprak: 'Plain language',
  areaPolicy: 'Service policy',
  areaStaleness: 'Freshness',
  blocks: 'Blocks publishing',
  cancel: 'Cancel',
  checking: 'Checking …',
  info: 'Tip',
  lix: 'LIX',
  longWords: 'Long words',
  noFindings: 'Nothing to remark. The text can be published.',
  override: 'Publish despite errors',
  overrideHelp:
    'Say why the text should be published despite the errors (at least 10 characters), then press Publish. The reason is logged.',
  passive: 'Passive voice',
  reason: 'Reason',
  reasonTooShort: 'Write at least 10 characters.',
  save: 'Save',
  scheduledFailed: (at: string, why: string) =>
    `The publish scheduled for ${at} was stopped: ${why}. Fix the text and schedule it again.`,
  sentenceLength: 'Words per sentence',
  sentences: 'Sentences',
  summaryBlocked: (n: number) =>
    n === 1 ? '1 error blocks publishing.' : `${n} errors block publishing.`,
  summaryWarnings: (n: number) =>
    n === 1
      ? '1 warning. It does not block publishing.'
      : `${n} warnings. They do not block publishing.`,
  title: 'Klarkoll',
  warning: 'Warning',
  words: 'Words',
}

export type PanelTexts = typeof sv

export const panelTexts = (language: string | undefined): PanelTexts =>
  language === 'en' ? en : sv
