import { isHidden, isPresentational } from '../names'
import { accessibleText, defineA11yRule } from '../rule'

/**
 * Headings without a name (ACT ffd0e9): h1–h6 and role="heading" in the accessibility tree; a
 * hidden heading, or one whose role is taken away (role="presentation"), is none.
 */
export const emptyHeading = defineA11yRule({
  area: 'a11y',
  check: ({ flag, root }) =>
    [...root.querySelectorAll('h1, h2, h3, h4, h5, h6, [role="heading"]')]
      .filter((heading) => !isHidden(heading) && !isPresentational(heading))
      .filter((heading) => accessibleText(heading) === '')
      .map((heading) => {
        flag(heading)
        return {
          excerpt: heading.outerHTML.slice(0, 60),
          message:
            'En rubrik är tom. Skärmläsare läser upp den som en rubrik utan text: skriv en rubrik eller ta bort den.',
          path: '',
          wcag: '2.4.6',
        }
      }),
  defaultOptions: {},
  defaultSeverity: 'error',
  id: 'a11y/empty-heading',
  meta: {
    help: 'Rubriker får inte vara tomma.',
    source: 'WCAG 2.1, 1.3.1 och 2.4.6',
    title: 'Tom rubrik',
    titleEn: 'Empty heading',
  },
})
