import type { Page } from './api'

import { lexicalToHtml } from '@klarkoll/payload-plugin'
import { textStates } from '../../../lib/textColors'
import { longDate } from './format'

/**
 * A content page: title, ingress, the body (the same HTML conversion, text colours included, as
 * the checks before publishing), and when it was last reviewed and by which unit (DIGG R21, R23).
 */
export const PageView = async ({
  english,
  lang = 'sv',
  page,
}: {
  /** Where the English version is, when there is one. */
  english?: string
  lang?: 'en' | 'sv'
  page: Page
}) => {
  const html = await lexicalToHtml(page.body, undefined, textStates)
  const review = page.review
  const reviewed = review?.lastReviewedAt ?? null
  return (
    <article className="page" lang={lang}>
      {english ? (
        <p className="language">
          <a href={english} hrefLang="en" lang="en">
            In English
          </a>
        </p>
      ) : null}
      <h1>{page.title}</h1>
      {review?.outdated ? (
        <p className="notice" role="note">
          Informationen på den här sidan kan vara inaktuell. Kontakta oss om du är osäker.
        </p>
      ) : null}
      {page.ingress ? <p className="ingress">{page.ingress}</p> : null}
      <div className="body" dangerouslySetInnerHTML={{ __html: html }} />
      <footer className="page-meta">
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
