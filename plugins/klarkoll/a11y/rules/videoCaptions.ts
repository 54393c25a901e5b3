import { mediaSources } from '../media'
import { isHidden } from '../names'
import { defineA11yRule } from '../rule'

/**
 * A video needs captions (WCAG 1.2.2; ACT f51b46, eac66b): without a captions or subtitles track
 * the editor is asked to add one. Whether the video has sound at all, captions burnt into the
 * picture or a text version beside it cannot be told without watching it (ACT's cantTell), so
 * this is a warning, not a stop. Hidden videos are left out.
 */
export const videoCaptions = defineA11yRule({
  area: 'a11y',
  check: ({ root }) =>
    [...root.querySelectorAll('video')]
      .filter(
        (video) =>
          !isHidden(video) &&
          !video.querySelector('track[kind="captions"], track[kind="subtitles"]'),
      )
      .map((video) => ({
        excerpt: mediaSources(video)[0] || 'video',
        message:
          'Videon har ingen textfil med undertexter. Lägg till undertexter (WebVTT) så att den som inte hör kan ta del av den, om de inte redan syns i bilden eller videon saknar tal.',
        path: '',
        wcag: '1.2.2',
      })),
  defaultOptions: {},
  defaultSeverity: 'warning',
  id: 'a11y/video-captions',
  meta: {
    help: 'Videor ska ha undertexter.',
    source: 'WCAG 2.1, 1.2.2; W3C ACT-regler f51b46 och eac66b',
    title: 'Video utan undertexter',
    titleEn: 'Video without captions',
  },
})
