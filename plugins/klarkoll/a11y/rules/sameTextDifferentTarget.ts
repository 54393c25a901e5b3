import { accessibleText, defineA11yRule, withoutWindowNote } from '../rule'

/**
 * The same page, however the address is written: http or https, "www." or not, a trailing
 * slash, "index.html", a fragment or the order of the query (ACT b20e66 asks whether the
 * targets serve the same purpose; addresses to one page always do).
 */
const samePage = (href: string): string => {
  let url: URL
  try {
    url = new URL(href, 'https://sidan.invalid/')
  } catch {
    return href
  }
  if (!/^https?:$/u.test(url.protocol)) return href.trim().toLowerCase()
  url.searchParams.sort()
  const path = url.pathname.replace(/\/index\.html?$/iu, '/').replace(/\/+$/u, '') || '/'
  return `${url.hostname.replace(/^www\./iu, '').toLowerCase()}${path}${url.search}`
}

/** Two links that read the same but lead to different places cannot be told apart. */
export const sameTextDifferentTarget = defineA11yRule({
  area: 'a11y',
  check: ({ root }) => {
    const targets = new Map<string, Set<string>>()
    for (const link of root.querySelectorAll('a[href]')) {
      const text = withoutWindowNote(accessibleText(link)).toLowerCase()
      if (!text) continue
      const set = targets.get(text) ?? new Set()
      set.add(samePage(link.getAttribute('href') ?? ''))
      targets.set(text, set)
    }
    return [...targets.entries()]
      .filter(([, hrefs]) => hrefs.size > 1)
      .map(([text, hrefs]) => ({
        excerpt: text,
        message: `${hrefs.size} länkar heter "${text}" men leder till olika sidor. Ge varje länk en egen text.`,
        path: '',
        wcag: '2.4.4',
      }))
  },
  defaultOptions: {},
  defaultSeverity: 'warning',
  id: 'a11y/same-text-different-target',
  meta: {
    help: 'Länkar med samma text ska leda till samma ställe.',
    source: 'WCAG 2.1, 2.4.4 och 3.2.4',
    title: 'Samma länktext, olika mål',
    titleEn: 'Same link text, different targets',
  },
})
