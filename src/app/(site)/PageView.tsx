import type { Page, PageVersionLink } from './api'

import { lexicalToHtml, writtenLanguage } from '@klarkoll/payload-plugin'
import { textStates } from '../../../lib/textColors'
import { longDate } from './format'
import { LanguageVersions } from './LanguageVersions'

/**
 * A content page: title, ingress, the body (the same HTML conversion, text colours included, as
 * the checks before publishing), and when it was last reviewed and by which unit (DIGG R21, R23).
 */
export const PageView = async ({
  english,
  lang: locale = 'sv',
  page,
  versions = [],
}: {
  /** Where the English version is, when there is one. */
  english?: string
  lang?: 'en' | 'sv'
  page: Page
  /** The page's original and its other lättläst and language versions. */
  versions?: PageVersionLink[]
}) => {
  const html = await lexicalToHtml(page.body, undefined, textStates)
  const review = page.review
  const reviewed = review?.lastReviewedAt ?? null
  // A version is written in its own language (Yiddish right to left); Swedish parts say so.
  const { dir, lang } =
    locale === 'sv'
      ? writtenLanguage(page.languageVersion?.language)
      : { dir: undefined, lang: locale }
  const swedishPart = lang === 'sv' ? undefined : 'sv'
  // Swedish inside a right-to-left page runs left to right.
  const swedishDir = dir ? 'ltr' : undefined
  return (
    <article className="page" dir={dir} lang={lang}>
      <LanguageVersions members={versions} />
      {english ? (
        <p className="language">
          <a href={english} hrefLang="en" lang="en">
            In English
          </a>
        </p>
      ) : null}
      <h1>{page.title}</h1>
      {review?.outdated ? (
        <p className="notice" dir={swedishDir} lang={swedishPart} role="note">
          Informationen på den här sidan kan vara inaktuell. Kontakta oss om du är osäker.
        </p>
      ) : null}
      {page.ingress ? <p className="ingress">{page.ingress}</p> : null}
      <div className="body" dangerouslySetInnerHTML={{ __html: html }} />
      <footer className="page-meta" dir={swedishDir} lang={swedishPart}>
        <p>
          {reviewed
            ? `Senast granskad ${longDate(reviewed)}`
            : `Senast uppdaterad ${longDate(page.updatedAt)}`}
          {review?.ownerUnit ? ` av ${review.ownerUnit}` : ''}.
        </p>
      </footer>
    </article>
  )
}
