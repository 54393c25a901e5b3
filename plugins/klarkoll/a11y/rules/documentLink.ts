import { accessibleText, defineA11yRule } from '../rule'
import { isGenericLinkText } from './linkText'

const formats: Array<[RegExp, string]> = [
  [/\.pdf$/i, 'PDF'],
  [/\.docx?$/i, 'Word'],
  [/\.xlsx?$/i, 'Excel'],
  [/\.pptx?$/i, 'PowerPoint'],
  [/\.od[tsp]$/i, 'ODF'],
  [/\.rtf$/i, 'RTF'],
]

/**
 * Links to documents should name the format (people on phones or with screen readers want to
 * know), and DOS-lagen covers the documents too: publish the content as HTML first.
 */
export const documentLink = defineA11yRule({
  area: 'a11y',
  check: ({ root }) =>
    [...root.querySelectorAll('a[href]')].flatMap((link) => {
      const href = (link.getAttribute('href') ?? '').split(/[?#]/)[0]!
      const format = formats.find(([pattern]) => pattern.test(href))?.[1]
      if (!format) return []
      const text = accessibleText(link)
      const named = new RegExp(`\\b(?:${format}|${href.split('.').at(-1)})\\b`, 'iu').test(text)
      // "Klicka här (PDF)" would still say nothing: then the example names a document.
      const base = text && !isGenericLinkText(text) ? text : 'Blankett för ansökan'
      return [
        {
          excerpt: text || href,
          message: named
            ? `Länken leder till ett ${format}-dokument. Dokument omfattas av DOS-lagen: publicera helst innehållet som en webbsida, och se till att dokumentet är tillgängligt.`
            : `Länken leder till ett ${format}-dokument men säger inte det. Skriv ${base === text ? 'formatet' : 'vad dokumentet är och formatet'} i länktexten, till exempel "${base} (${format})". Publicera helst innehållet som en webbsida: dokument omfattas av DOS-lagen.`,
          path: '',
          ...(named ? {} : { suggestion: `${base} (${format})` }),
          wcag: '2.4.4',
        },
      ]
    }),
  defaultOptions: {},
  defaultSeverity: 'warning',
  id: 'a11y/document-link',
  meta: {
    help: 'Länkar till dokument ska säga formatet; publicera helst som webbsida.',
    source: 'WCAG 2.1, 2.4.4; DOS-lagen; DIGG webbriktlinjer',
    title: 'Länk till dokument',
    titleEn: 'Link to a document',
  },
})
