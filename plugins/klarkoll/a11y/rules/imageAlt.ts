import { isHidden, isPresentational, accessibleText } from '../names'
import { defineA11yRule } from '../rule'

const filename = /\.(?:jpe?g|png|gif|webp|svg|avif|tiff?|heic|bmp)$|^(?:dsc|img|pict?|p)[-_]?\d+/i
// What screenshot tools name their files: "Skärmavbild 2024-05-02 kl. 14.33.12" (macOS),
// "Skärmbild (12)" (Windows), "Screenshot 2024-05-02 …", "Skärmdump".
const screenshot = /^(?:skärmavbild|skärmbild|skärmdump|screenshot|screen shot|bildschirmfoto)\b/iu
const placeholders = new Set([
  'bild',
  'foto',
  'fotografi',
  'image',
  'img',
  'photo',
  'picture',
  'placeholder',
  'tbd',
  'alt',
  'alttext',
  'logo',
  'ikon',
  'icon',
  '-',
])
const redundantStart =
  /^(?:en |ett )?(?:bild|foto|fotografi|illustration|image|photo|picture) (?:på|av|of)(?=\s|$)/iu

/** Shown on the page: not hidden by the hidden attribute, display: none or visibility: hidden. */
const rendered = (element: Element): boolean => {
  const view = element.ownerDocument.defaultView
  for (let at: Element | null = element; at; at = at.parentElement) {
    if (at.hasAttribute('hidden')) return false
    const style = view?.getComputedStyle(at)
    if (style?.display === 'none' || style?.visibility === 'hidden') return false
  }
  return true
}

/**
 * Images: alt text missing (and not marked decorative with alt=""), a file name, a placeholder,
 * "bild på …" (screen readers already say it is an image), or so long it should be body text.
 * As ACT's rule 23a2a8: hidden images (aria-hidden, display: none, visibility: hidden) and
 * presentational ones (role="presentation" or "none") need no name, and a name from
 * aria-label, aria-labelledby or title counts as one.
 */
export const imageAlt = defineA11yRule({
  area: 'a11y',
  check: ({ flag, root }, { maxLength }) =>
    [...root.querySelectorAll('img')].flatMap((img) => {
      const src = img.getAttribute('src') ?? ''
      const name = src.split('/').at(-1) || 'bilden'
      if (isHidden(img) || isPresentational(img)) {
        // Shown, but kept from screen readers while its alt text describes it (ACT e88epe): is
        // it really decorative? Only the editor can tell: a hint.
        const alt = (img.getAttribute('alt') ?? '').replace(/\s+/g, ' ').trim()
        if (!alt || !rendered(img)) return []
        return [
          {
            excerpt: name,
            hint: true,
            message: `Bilden ${name} är dold för skärmläsare men har alternativtexten "${alt}". Visar den något som läsaren behöver ska den inte döljas; är den bara dekorativ kan alternativtexten vara tom.`,
            path: '',
            wcag: '1.1.1',
          },
        ]
      }
      const linked = img.closest('a') !== null
      if (!img.hasAttribute('alt')) {
        if (accessibleText(img)) return []
        flag(img)
        return [
          {
            excerpt: name,
            message: `Bilden ${name} saknar alternativtext. Beskriv vad bilden visar, eller markera den som dekorativ om den inte tillför något.`,
            path: '',
            wcag: '1.1.1',
          },
        ]
      }
      const alt = (img.getAttribute('alt') ?? '').replace(/\s+/g, ' ').trim()
      if (!alt) {
        if (!linked) {
          // Decorative: fine if it is, but worth a look (Sa11y asks the same).
          return [
            {
              excerpt: name,
              hint: true,
              message: `Bilden ${name} är markerad som dekorativ (tom alternativtext). Kontrollera att den inte visar något som läsaren behöver.`,
              path: '',
              wcag: '1.1.1',
            },
          ]
        }
        // The link may be named otherwise: its text, title, aria-label or aria-labelledby.
        if (accessibleText(img.closest('a')!)) return []
        flag(img)
        return [
          {
            excerpt: name,
            message:
              'En länk består bara av en bild utan alternativtext. Skriv vart länken leder i bildens alternativtext.',
            path: '',
            wcag: '2.4.4',
          },
        ]
      }
      if (screenshot.test(alt)) {
        flag(img)
        return [
          {
            excerpt: alt,
            message: `Alternativtexten "${alt}" är en skärmbilds filnamn. Beskriv i stället vad bilden visar.`,
            path: '',
            wcag: '1.1.1',
          },
        ]
      }
      const caption = img.closest('figure')?.querySelector('figcaption')?.textContent
      if (caption && caption.replace(/\s+/g, ' ').trim().toLowerCase() === alt.toLowerCase()) {
        return [
          {
            excerpt: alt,
            message:
              'Alternativtexten är samma som bildtexten, så den läses upp två gånger. Beskriv bilden i alternativtexten, eller låt den vara tom om bildtexten räcker.',
            path: '',
            wcag: '1.1.1',
          },
        ]
      }
      if (filename.test(alt)) {
        flag(img)
        return [
          {
            excerpt: alt,
            message: `Alternativtexten "${alt}" är ett filnamn. Beskriv i stället vad bilden visar.`,
            path: '',
            wcag: '1.1.1',
          },
        ]
      }
      if (placeholders.has(alt.toLowerCase().replace(/[.!]$/, ''))) {
        return [
          {
            excerpt: alt,
            message: `Alternativtexten "${alt}" säger inget om bilden. Beskriv vad den visar.`,
            path: '',
            wcag: '1.1.1',
          },
        ]
      }
      if (redundantStart.test(alt)) {
        return [
          {
            excerpt: alt,
            message:
              'Börja inte alternativtexten med "bild på" eller "foto av": skärmläsaren säger redan att det är en bild.',
            path: '',
            suggestion: alt
              .replace(redundantStart, '')
              .trim()
              .replace(/^./, (c) => c.toUpperCase()),
            wcag: '1.1.1',
          },
        ]
      }
      if (alt.length > maxLength) {
        return [
          {
            excerpt: `${alt.slice(0, 60)}…`,
            message: `Alternativtexten är ${alt.length} tecken. Håll den under ${maxLength}; längre beskrivningar hör hemma i texten eller en bildtext.`,
            path: '',
            wcag: '1.1.1',
          },
        ]
      }
      return []
    }),
  defaultOptions: { maxLength: 200 },
  optionsSchema: { maxLength: { integer: true, min: 1 } },
  defaultSeverity: 'error',
  id: 'a11y/image-alt',
  meta: {
    help: 'Varje bild ska ha en alternativtext som beskriver den, eller vara markerad som dekorativ.',
    source: 'WCAG 2.1, 1.1.1; DIGG webbriktlinjer; Sa11y',
    title: 'Bild utan bra alternativtext',
    titleEn: 'Image without good alt text',
  },
})
