/**
 * The panel's words in Payload's i18n form: merged into `config.i18n.translations` under
 * `klarkoll`, so a site can change any of them or add a language
 * (`i18n: { translations: { fi: { klarkoll: { … } } } }`). `{{…}}` are Payload's placeholders;
 * `_one`/`_other` its plural forms.
 */
export const klarkollTranslations = {
  en: {
    klarkoll: {
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
      scheduledFailed:
        'The publish scheduled for {{at}} was stopped: {{why}}. Fix the text and schedule it again.',
      sentenceLength: 'Words per sentence',
      sentences: 'Sentences',
      summaryBlocked_one: '1 error blocks publishing.',
      summaryBlocked_other: '{{count}} errors block publishing.',
      summaryTips_one: 'No errors or warnings, 1 tip. The text can be published.',
      summaryTips_other: 'No errors or warnings, {{count}} tips. The text can be published.',
      summaryWarnings_one: '1 warning. It does not block publishing.',
      summaryWarnings_other: '{{count}} warnings. They do not block publishing.',
      title: 'Klarkoll',
      warning: 'Warning',
      words: 'Words',
    },
  },
  sv: {
    klarkoll: {
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
      scheduledFailed:
        'Den schemalagda publiceringen {{at}} stoppades: {{why}}. Rätta texten och schemalägg igen.',
      sentenceLength: 'Ord per mening',
      sentences: 'Meningar',
      summaryBlocked_one: '1 fel stoppar publiceringen.',
      summaryBlocked_other: '{{count}} fel stoppar publiceringen.',
      summaryTips_one: 'Inga fel eller varningar, 1 tips. Texten kan publiceras.',
      summaryTips_other: 'Inga fel eller varningar, {{count}} tips. Texten kan publiceras.',
      summaryWarnings_one: '1 varning. Den stoppar inte publiceringen.',
      summaryWarnings_other: '{{count}} varningar. De stoppar inte publiceringen.',
      title: 'Klarkoll',
      warning: 'Varning',
      words: 'Ord',
    },
  },
}
