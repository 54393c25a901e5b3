import { accessibleText, defineA11yRule, withoutWindowNote } from '../rule'
import { namesWithDifferentTargets, samePage } from '../samePage'

/** Two links that read the same but lead to different places cannot be told apart. */
export const sameTextDifferentTarget = defineA11yRule({
  area: 'a11y',
  check: ({ root }) => {
    const links = [...root.querySelectorAll('a[href]')].map((link): [string, string] => [
      withoutWindowNote(accessibleText(link)).toLowerCase(),
      samePage(link.getAttribute('href') ?? ''),
    ])
    return namesWithDifferentTargets(links).map(([text, hrefs]) => ({
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
