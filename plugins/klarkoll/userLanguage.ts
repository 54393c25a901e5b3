export type Bilingual = { en: string; sv: string }

/**
 * A message in the admin language of whoever made the request: Swedish unless they chose
 * English. One language per message, not "svensk text / English text".
 */
export const inUserLanguage = (
  req: { i18n?: { language?: string } } | undefined,
  text: Bilingual,
): string => (req?.i18n?.language === 'en' ? text.en : text.sv)
