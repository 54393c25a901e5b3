import { defineA11yRule } from '../rule'

/** "Klicka" assumes a mouse; keyboard, touch and screen-reader users do not click. */
export const clickWording = defineA11yRule({
  area: 'a11y',
  check: ({ root }) => {
    const text = root.textContent ?? ''
    const match = /\bklicka(?:r|de)?\b/iu.exec(text)
    return match
      ? [
          {
            excerpt: text.slice(Math.max(0, match.index - 20), match.index + 30).trim(),
            message:
              'Texten säger "klicka". Alla använder inte mus: skriv vad som händer, till exempel "Välj" eller "Gå till".',
            path: '',
            suggestion: 'Välj …',
          },
        ]
      : []
  },
  defaultOptions: {},
  defaultSeverity: 'warning',
  id: 'a11y/click-wording',
  meta: {
    help: 'Skriv inte "klicka": skriv vad som händer.',
    source: 'DIGG webbriktlinjer; Sa11y',
    title: '"Klicka" i texten',
    titleEn: '"Click" in the text',
  },
})
