import { defineA11yRule } from '../rule'

/** A few whole words around the match: "… från socialkontoret. Klicka här för att …". */
const around = (text: string, index: number) =>
  [
    ...text.slice(0, index).trim().split(/\s+/).slice(-3),
    ...text.slice(index).trim().split(/\s+/).slice(0, 5),
  ]
    .join(' ')
    .trim()

/** "Klicka" assumes a mouse; keyboard, touch and screen-reader users do not click. */
export const clickWording = defineA11yRule({
  area: 'a11y',
  check: ({ root }) => {
    const text = root.textContent ?? ''
    const match = /\bklicka(?:r|de)?\b/iu.exec(text)
    return match
      ? [
          {
            excerpt: around(text, match.index),
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
