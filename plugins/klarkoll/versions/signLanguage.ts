import type { Finding } from '../analysis/types'

import { videoHosts } from '../a11y/rules/mediaReminder'

/** The walk over a document's data stops here: no recursion, and a bounded cost. */
const maxValues = 20_000
const videoFile = /\.(?:mp4|webm|m3u8|mov)(?:[?#]|$)/iu

const isVideo = (value: string): boolean => {
  try {
    const url = new URL(value)
    return videoHosts.test(url.hostname) || videoFile.test(url.pathname)
  } catch {
    return false
  }
}

/** Whether any address in the document (a link in its text, an embed's URL) is a video. */
const hasVideo = (data: unknown): boolean => {
  const stack: unknown[] = [data]
  for (let seen = 0; stack.length > 0 && seen < maxValues; seen++) {
    const value = stack.pop()
    if (typeof value === 'string') {
      if (/^https?:\/\//iu.test(value) && isVideo(value)) return true
    } else if (Array.isArray(value)) stack.push(...value)
    else if (value && typeof value === 'object') stack.push(...Object.values(value))
  }
  return false
}

/**
 * A version in Swedish sign language is the video: one without a video (linked or embedded) gives
 * the deaf reader nothing in their language. Its Swedish text is the summary the others read.
 */
export const signLanguageVideo = (data: Record<string, unknown>): Finding[] =>
  hasVideo(data)
    ? []
    : [
        {
          area: 'a11y',
          message:
            'En version på teckenspråk behöver en video på svenskt teckenspråk med svensk textning. Länka till videon i brödtexten (till exempel på YouTube, Vimeo eller som en mp4-fil) och skriv en kort sammanfattning på svenska.',
          path: 'body',
          ruleId: 'a11y/sign-language-video',
          severity: 'error',
        },
      ]
