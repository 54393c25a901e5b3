import { accessibleText, defineA11yRule } from '../rule'

/** A link that opens a new window should say so, or the back button stops working unexpectedly. */
export const newWindow = defineA11yRule({
  area: 'a11y',
  check: ({ root }) =>
    [...root.querySelectorAll('a[target="_blank"]')]
      .filter((link) => !/nytt (?:fönster|flik)|new (?:window|tab)/iu.test(accessibleText(link)))
      .map((link) => ({
        excerpt: accessibleText(link),
        message:
          'Länken öppnas i ett nytt fönster utan att säga det. Skriv "(öppnas i nytt fönster)" i länktexten, eller låt den öppnas i samma fönster.',
        path: '',
        suggestion: `${accessibleText(link)} (öppnas i nytt fönster)`,
        wcag: '3.2.5',
      })),
  defaultOptions: {},
  defaultSeverity: 'warning',
  id: 'a11y/new-window',
  meta: {
    help: 'Länkar som öppnas i nytt fönster ska säga det.',
    source: 'WCAG 2.1, 3.2.5 (G201)',
    title: 'Nytt fönster utan förvarning',
    titleEn: 'New window without warning',
  },
})
