import { accessibleText, defineA11yRule, withoutWindowNote } from '../rule'
import { samePage } from '../samePage'

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
