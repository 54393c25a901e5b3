import { isHidden, accessibleText } from '../names'
import { defineA11yRule } from '../rule'

/**
 * Embedded frames need a name (title, aria-label or aria-labelledby; hidden frames none, as ACT's
 * rule cae760); videos need captions.
 */
export const embeds = defineA11yRule({
  area: 'a11y',
  check: ({ flag, root }) => [
    ...[...root.querySelectorAll('iframe')]
      .filter((frame) => !isHidden(frame) && !accessibleText(frame))
      .map((frame) => {
        flag(frame)
        return {
          excerpt: frame.getAttribute('src') ?? 'iframe',
          message:
            'En inbäddning (iframe) saknar titel. Skriv vad den innehåller, till exempel "Karta över kommunhuset".',
          path: '',
          wcag: '4.1.2',
        }
      }),
    ...[...root.querySelectorAll('video')]
      .filter((video) => !video.querySelector('track[kind="captions"], track[kind="subtitles"]'))
      .map((video) => ({
        excerpt:
          video.getAttribute('src') ??
          video.querySelector('source')?.getAttribute('src') ??
          'video',
        message:
          'Videon saknar undertexter. Lägg till undertexter (WebVTT) så att den som inte hör kan ta del av den.',
        path: '',
        wcag: '1.2.2',
      })),
  ],
  defaultOptions: {},
  defaultSeverity: 'error',
  id: 'a11y/embeds',
  meta: {
    help: 'Inbäddningar ska ha titel och videor undertexter.',
    source: 'WCAG 2.1, 1.2.2 och 4.1.2',
    title: 'Inbäddning utan titel eller undertext',
    titleEn: 'Embed without title or captions',
  },
})
