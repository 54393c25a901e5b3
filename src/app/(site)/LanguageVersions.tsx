import { versionLanguage, writtenLanguage } from '@klarkoll/payload-plugin'

import type { PageVersionLink } from './api'

import { pagePath } from '../../../lib/site'

/** The link to a member of the family, in its own language: "Suomeksi", "Lättläst", "På svenska". */
const linkOf = (member: PageVersionLink) => {
  const language = versionLanguage(member.code)
  if (!language) return { hrefLang: 'sv', lang: 'sv', text: 'På svenska' }
  // Sign language has no written form: the link says it in Swedish and points to `swl`.
  return { ...writtenLanguage(language.code), hrefLang: language.lang, text: language.linkText }
}

/**
 * A page's language menu: its original and its lättläst, minority-language and sign-language
 * versions, each link in its own language with `hreflang`, so a reader finds the version they
 * can read and a screen reader pronounces the link text right.
 */
export const LanguageVersions = ({ members }: { members: PageVersionLink[] }) => {
  const linked = members.filter((member) => pagePath(member.slug))
  if (linked.length === 0) return null
  return (
    // Labelled, not headed: a heading before the page's h1 would break its outline.
    <nav aria-label="Sidan finns också som" className="language-versions" dir="ltr" lang="sv">
      <ul>
        {linked.map((member) => {
          const { dir, hrefLang, lang, text } = linkOf(member)
          return (
            <li key={member.slug}>
              <a dir={dir} href={pagePath(member.slug)!} hrefLang={hrefLang} lang={lang}>
                {text}
              </a>
            </li>
          )
        })}
      </ul>
    </nav>
  )
}
