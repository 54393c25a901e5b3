import { accessibleText, defineA11yRule, withoutWindowNote } from '../rule'

/** Link texts that say nothing about where they lead, when they are the whole text. */
export const genericLinkTexts = [
  'här',
  'klicka här',
  'klicka',
  'läs mer',
  'läs mer här',
  'mer',
  'mer info',
  'mer information',
  'länk',
  'länken',
  'ladda ner',
  'ladda ned',
  'gå hit',
  'se mer',
  'se här',
  'läs här',
  'info',
  'information',
  'tryck här',
  'tryck',
  'länk här',
  'mer om detta',
  'fortsätt läsa',
  'click here',
  'here',
  'read more',
  'more',
  'link',
  'download',
]

const normalise = (text: string) =>
  withoutWindowNote(text)
    .toLowerCase()
    .replace(/[.:!»›→>]+$/u, '')
    .trim()

const generic = new Set(genericLinkTexts)

/** A link text that says nothing about where it leads ("Läs mer", "Klicka här"). */
export const isGenericLinkText = (text: string): boolean => generic.has(normalise(text))

/**
 * Links with no text, a generic text as the whole text ("Läs mer" – but "Läs mer om bygglov" is
 * fine), or a raw web address as text; elements with role="link" alike. A municipality extends
 * the list with `extra`.
 */
export const linkText = defineA11yRule<{ extra: string[] }>({
  area: 'a11y',
  check: ({ flag, root }, { extra }) => {
    const own = new Set(extra.map((t) => t.toLowerCase()))
    return [...root.querySelectorAll('a[href], [role="link"]')].flatMap((link) => {
      const text = accessibleText(link)
      if (!text) {
        flag(link)
        return [
          {
            excerpt: link.getAttribute('href') ?? '',
            message:
              'En länk har ingen text. Skriv vart länken leder, så att skärmläsare kan läsa upp den.',
            path: '',
            wcag: '2.4.4',
          },
        ]
      }
      const key = normalise(text)
      if (generic.has(key) || own.has(key)) {
        flag(link)
        return [
          {
            excerpt: text,
            message: `Länktexten "${text}" säger inte vart länken leder. Många läser bara länkarna: skriv till exempel "Läs mer om bygglov".`,
            path: '',
            suggestion: 'Skriv vad man hittar bakom länken.',
            wcag: '2.4.4',
          },
        ]
      }
      // Only a symbol ("→", "»", "..."): a screen reader reads "höger pil" or nothing at all.
      if (/^[\p{P}\p{S}\s]+$/u.test(withoutWindowNote(text))) {
        flag(link)
        return [
          {
            excerpt: text,
            message: `Länktexten är bara tecknet "${text}". Skriv med ord vart länken leder.`,
            path: '',
            wcag: '2.4.4',
          },
        ]
      }
      if (/^(?:https?:\/\/|www\.)\S+$/i.test(withoutWindowNote(text))) {
        return [
          {
            excerpt: text,
            message:
              'Länktexten är en webbadress. Den läses upp tecken för tecken: skriv i stället vad sidan heter.',
            path: '',
            wcag: '2.4.4',
          },
        ]
      }
      return []
    })
  },
  defaultOptions: { extra: [] },
  optionsSchema: { extra: { items: 'string' } },
  defaultSeverity: 'warning',
  id: 'a11y/link-text',
  meta: {
    help: 'Länktexten ska säga vart länken leder.',
    source: 'WCAG 2.1, 2.4.4; Sa11y, Editoria11y',
    title: 'Otydlig länktext',
    titleEn: 'Unclear link text',
  },
})
