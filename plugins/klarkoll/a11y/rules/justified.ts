import { defineA11yRule, snippet } from '../rule'

/**
 * Justified text: the uneven gaps between words make it harder to read, not least for people
 * with dyslexia (WCAG 1.4.8, level AAA, which Sa11y warns about).
 */
export const justified = defineA11yRule({
  area: 'a11y',
  check: ({ root }) =>
    [...root.querySelectorAll('[style*="justify"], [align="justify"]')]
      .filter(
        (element) =>
          element.getAttribute('align') === 'justify' ||
          /text-align\s*:\s*justify/iu.test(element.getAttribute('style') ?? ''),
      )
      .map((element) => ({
        excerpt: snippet(element),
        message:
          'Texten är marginaljusterad. De ojämna mellanrummen gör den svårare att läsa: vänsterställ den.',
        path: '',
        wcag: '1.4.8',
      })),
  defaultOptions: {},
  defaultSeverity: 'warning',
  id: 'a11y/justified',
  meta: {
    help: 'Vänsterställ texten i stället för att marginaljustera den.',
    source: 'WCAG 2.1, 1.4.8 (AAA); Sa11y',
    title: 'Marginaljusterad text',
    titleEn: 'Justified text',
  },
})
