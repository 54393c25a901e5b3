/**
 * The versions a page can have beside its Swedish original: lättläst (easy-to-read Swedish,
 * DIGG webbriktlinjer R12) and the national minority languages of lag (2009:724) with Swedish
 * sign language (språklagen 8 §). The language tags are BCP 47 (ISO 639): `fit` is meänkieli,
 * `se`/`smj`/`sma` northern, Lule and southern Sami, `rom` Romani (the macrolanguage: the Swedish
 * varieties have no tag of their own in common use), `yi` Yiddish, `swl` Swedish sign language.
 */
export type VersionLanguage = {
  /** The value stored in `languageVersion.language`. */
  code: string
  /** `lang` and `hreflang` of the version's page and of links to it. */
  lang: string
  /** Right-to-left script (Yiddish). */
  rtl?: boolean
  /** The language's name in Swedish, lower case as in running text ("finska"). */
  name: string
  nameEn: string
  /** The link to the version, in its own language: "Suomeksi". */
  linkText: string
  /** "Den finska versionen": the subject of Swedish messages about the version. */
  versionName: string
  /** ISO 639-3 code franc knows the language by; absent where it cannot identify it. */
  franc?: string
  /** Swedish grammar and wording rules apply (lättläst); other languages get none of them. */
  swedish: boolean
}

export const originalLanguage = 'sv'

export const versionLanguages: readonly VersionLanguage[] = [
  {
    code: 'lattlast',
    franc: 'swe',
    lang: 'sv',
    linkText: 'Lättläst',
    name: 'lättläst svenska',
    nameEn: 'Easy-to-read Swedish',
    swedish: true,
    versionName: 'Lättläst-versionen',
  },
  {
    code: 'fi',
    franc: 'fin',
    lang: 'fi',
    linkText: 'Suomeksi',
    name: 'finska',
    nameEn: 'Finnish',
    swedish: false,
    versionName: 'Den finska versionen',
  },
  {
    code: 'fit',
    lang: 'fit',
    linkText: 'Meänkielelä',
    name: 'meänkieli',
    nameEn: 'Meänkieli',
    swedish: false,
    versionName: 'Versionen på meänkieli',
  },
  {
    code: 'se',
    franc: 'sme',
    lang: 'se',
    linkText: 'Davvisámegillii',
    name: 'nordsamiska',
    nameEn: 'Northern Sami',
    swedish: false,
    versionName: 'Den nordsamiska versionen',
  },
  {
    code: 'smj',
    lang: 'smj',
    linkText: 'Julevsámegiellaj',
    name: 'lulesamiska',
    nameEn: 'Lule Sami',
    swedish: false,
    versionName: 'Den lulesamiska versionen',
  },
  {
    code: 'sma',
    lang: 'sma',
    linkText: 'Åarjelsaemien',
    name: 'sydsamiska',
    nameEn: 'Southern Sami',
    swedish: false,
    versionName: 'Den sydsamiska versionen',
  },
  {
    code: 'rom',
    lang: 'rom',
    linkText: 'Romani chib',
    name: 'romani chib',
    nameEn: 'Romani',
    swedish: false,
    versionName: 'Versionen på romani chib',
  },
  {
    code: 'yi',
    franc: 'ydd',
    lang: 'yi',
    linkText: 'ייִדיש',
    name: 'jiddisch',
    nameEn: 'Yiddish',
    rtl: true,
    swedish: false,
    versionName: 'Versionen på jiddisch',
  },
  {
    code: 'swl',
    lang: 'swl',
    // Sign language has no written form: the link is in Swedish, as the page's text summary is.
    linkText: 'På teckenspråk',
    name: 'svenskt teckenspråk',
    nameEn: 'Swedish Sign Language',
    swedish: true,
    versionName: 'Versionen på teckenspråk',
  },
]

/** The national minority languages (lag 2009:724, 7–8 §§) with their version codes. */
export const minorityLanguageCodes = ['fi', 'fit', 'se', 'smj', 'sma', 'rom', 'yi'] as const

export const versionLanguage = (code: unknown): undefined | VersionLanguage =>
  versionLanguages.find((language) => language.code === code)

/**
 * The language a version's text is written in, for `lang` and `dir`: its own, except that
 * lättläst and sign-language versions (whose text is the Swedish summary of the video) are
 * Swedish. One answer for the checks, the public page and its links.
 */
export const writtenLanguage = (code: unknown): { dir?: 'rtl'; lang: string } => {
  const found = versionLanguage(code)
  if (!found || found.swedish) return { lang: originalLanguage }
  return found.rtl ? { dir: 'rtl', lang: found.lang } : { lang: found.lang }
}
