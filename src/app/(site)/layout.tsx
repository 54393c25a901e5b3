import type { Metadata } from 'next'
import type { ReactNode } from 'react'

import { municipality } from '../../../lib/site'
import './site.css'

export const metadata: Metadata = {
  title: { default: municipality.name, template: `%s – ${municipality.name}` },
}

/** The public site's frame: skip link, header, main and a footer that links the accessibility statement from every page. */
const SiteLayout = ({ children }: { children: ReactNode }) => (
  <html lang="sv">
    <body>
      <a className="skip-link" href="#innehall">
        Hoppa till innehållet
      </a>
      <header className="site-header">
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
      <footer className="site-footer">
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

export default SiteLayout
