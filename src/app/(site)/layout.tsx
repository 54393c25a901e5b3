import type { Metadata } from 'next'
import type { ReactNode } from 'react'

import { writtenLanguage } from '@klarkoll/payload-plugin'
import { headers } from 'next/headers'

import { municipality, sitePathHeader } from '../../../lib/site'
import { pageBySlug } from './api'
import './site.css'

export const metadata: Metadata = {
  title: { default: municipality.name, template: `%s – ${municipality.name}` },
}

/**
 * The language of the page shown (WCAG 3.1.1): a Finnish or Yiddish version's, English under
 * /en, Swedish otherwise. Read from the same cached API answer the page itself uses.
 */
const pageLanguage = async (): Promise<{ dir?: 'rtl'; lang: string }> => {
  const path = (await headers()).get(sitePathHeader) ?? '/'
  if (/^\/en\/[a-z0-9-]+$/.test(path)) return { lang: 'en' }
  const slug = /^\/([a-z0-9-]+)$/.exec(path)?.[1]
  if (!slug) return { lang: 'sv' }
  const page = await pageBySlug(slug).catch(() => null)
  return writtenLanguage(page?.languageVersion?.language)
}

/** The public site's frame: skip link, header, main and a footer that links the accessibility statement from every page. */
const SiteLayout = async ({ children }: { children: ReactNode }) => {
  const { dir, lang } = await pageLanguage()
  // The frame is Swedish whatever the page's language: marked so where the page is not.
  const frame = lang === 'sv' ? {} : { dir: 'ltr' as const, lang: 'sv' }
  return (
    <html dir={dir} lang={lang}>
      <body>
        <a className="skip-link" href="#innehall" {...frame}>
          Hoppa till innehållet
        </a>
        <header className="site-header" {...frame}>
          <a className="site-name" href="/">
            {municipality.name}
          </a>
          <nav aria-label="Huvudmeny">
            <ul>
              <li>
                <a href="/e-tjanster">E-tjänster</a>
              </li>
              <li>
                <a href="/kontakta-oss">Kontakta oss</a>
              </li>
            </ul>
          </nav>
        </header>
        <main id="innehall" tabIndex={-1}>
          {children}
        </main>
        <footer className="site-footer" {...frame}>
          <ul>
            <li>
              <a href="/kontakta-oss">Kontakta oss</a>
            </li>
            <li>
              <a href="/tillganglighetsredogorelse">Tillgänglighetsredogörelse</a>
            </li>
          </ul>
        </footer>
      </body>
    </html>
  )
}

export default SiteLayout
