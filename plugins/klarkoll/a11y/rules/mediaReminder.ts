import { mediaSources } from '../media'
import { defineA11yRule } from '../rule'

// Embedded video players, and tools that publish charts and maps as frames.
export const videoHosts =
  /(?:^|\.)(?:youtube\.com|youtube-nocookie\.com|youtu\.be|vimeo\.com|dreambroker\.com|qbrick\.com)$/iu
const chartHosts =
  /(?:^|\.)(?:datawrapper\.dwcdn\.net|flourish\.studio|public\.tableau\.com|app\.powerbi\.com|infogram\.com)$/iu

const hostOf = (src: string | null) => {
  try {
    return src ? new URL(src, 'https://example.invalid').hostname : ''
  } catch {
    return ''
  }
}

/**
 * Reminders for what a machine cannot check: an embedded video needs captions and, where the
 * picture carries information, audio description; a sound file a transcript; a chart or
 * interactive map the same facts in text. Hints that never block.
 */
export const mediaReminder = defineA11yRule({
  area: 'a11y',
  check: ({ root }) => [
    ...[...root.querySelectorAll('iframe')].flatMap((frame) => {
      const src = frame.getAttribute('src')
      const host = hostOf(src)
      if (videoHosts.test(host)) {
        return [
          {
            excerpt: src ?? host,
            hint: true,
            message:
              'En inbäddad video: kontrollera att den har undertexter, och syntolkning om bilden visar något som inte sägs.',
            path: '',
            wcag: '1.2.2',
          },
        ]
      }
      if (chartHosts.test(host)) {
        return [
          {
            excerpt: src ?? host,
            hint: true,
            message:
              'Ett inbäddat diagram eller en karta: skriv det viktigaste den visar i texten också, så att alla får det.',
            path: '',
            wcag: '1.1.1',
          },
        ]
      }
      return []
    }),
    ...[...root.querySelectorAll('audio')].map((audio) => ({
      excerpt: mediaSources(audio)[0] || 'ljud',
      hint: true,
      message: 'En ljudfil: lägg en textversion (transkription) bredvid, för den som inte hör.',
      path: '',
      wcag: '1.2.1',
    })),
  ],
  defaultOptions: {},
  defaultSeverity: 'info',
  id: 'a11y/media-reminder',
  meta: {
    help: 'Video, ljud och diagram behöver textalternativ som bara du kan kontrollera.',
    source: 'WCAG 2.1, 1.1.1, 1.2.1–1.2.5; Sa11y',
    title: 'Påminnelse om video, ljud och diagram',
    titleEn: 'Reminder for video, audio and charts',
  },
})
