import { defineA11yRule, snippet } from '../rule'

// Lexical writes underline as a span with this style; <u> comes from pasted HTML.
const underlined = 'u, [style*="underline"]'

/** Underlined text that is not a link: readers take it for one and try to follow it. */
export const underline = defineA11yRule({
  area: 'a11y',
  check: ({ root }) =>
    [...root.querySelectorAll(underlined)]
      .filter((element) => !element.closest('a') && (element.textContent ?? '').trim())
      .map((element) => ({
        excerpt: snippet(element),
        message:
          'Understruken text ser ut som en länk. Markera det viktiga med fetstil i stället, eller gör det till en länk.',
        path: '',
      })),
  defaultOptions: {},
  defaultSeverity: 'warning',
  id: 'a11y/underline',
  meta: {
    help: 'Stryk inte under text som inte är en länk.',
    source: 'Sa11y; Editoria11y; DIGG webbriktlinjer',
    title: 'Understruken text',
    titleEn: 'Underlined text',
  },
})
