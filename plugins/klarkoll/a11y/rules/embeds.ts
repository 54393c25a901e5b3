import { isHidden, accessibleText } from '../names'
import { defineA11yRule } from '../rule'

/** role="presentation" or "none" on a frame: ACT cae760 leaves it out, focusable or not. */
const presentational = (frame: Element) =>
  /^(?:none|presentation)$/u.test((frame.getAttribute('role') ?? '').trim())

/**
 * Embedded frames need a name: title, aria-label or aria-labelledby (ACT cae760). Frames outside
 * the accessibility tree, taken out of the tab order (tabindex="-1") or presentational need none,
 * as the rule's applicability says. Videos' captions are a11y/video-captions.
 */
export const embeds = defineA11yRule({
  area: 'a11y',
  check: ({ flag, root }) =>
    [...root.querySelectorAll('iframe')]
      .filter(
        (frame) =>
          !isHidden(frame) &&
          !presentational(frame) &&
          frame.getAttribute('tabindex')?.trim() !== '-1' &&
          !accessibleText(frame),
      )
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
  defaultOptions: {},
  defaultSeverity: 'error',
  id: 'a11y/embeds',
  meta: {
    help: 'Inbäddningar (iframe) ska ha en titel som säger vad de innehåller.',
    source: 'WCAG 2.1, 4.1.2; W3C ACT-regel cae760',
    title: 'Inbäddning utan titel',
    titleEn: 'Embed without title',
  },
})
