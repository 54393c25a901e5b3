import { mediaSources } from '../media'
import { defineA11yRule } from '../rule'

/** Seconds of "1:02:03.5", "02:03" or "7.5"; NaN for anything else. */
const seconds = (value: string): number => {
  if (!/^\d+(?::\d{1,2}){0,2}(?:\.\d+)?$/u.test(value)) return Number.NaN
  return value.split(':').reduce((total, part) => total * 60 + Number(part), 0)
}

/**
 * How long a source plays, from a temporal media fragment ("film.mp4#t=8,10" plays 2 s), or
 * undefined when the markup does not say: the file's own length is not known without loading it.
 */
export const playTime = (src: string): number | undefined => {
  const fragment = /#(?:.*&)?t=(?:npt:)?([^&]*)/iu.exec(src)?.[1]
  if (!fragment?.includes(',')) return undefined
  const [from, to] = fragment.split(',')
  const start = from ? seconds(from) : 0
  const end = seconds(to ?? '')
  return Number.isFinite(start) && Number.isFinite(end) && end > start ? end - start : undefined
}

/**
 * Sound that starts by itself (WCAG 1.4.2; ACT 80f0bf, 4c31df, aaa1bf): an <audio> or <video>
 * with autoplay that is not muted needs controls to stop it, unless every source is cut to at
 * most 3 seconds (#t=start,end). Whether the file has sound at all, and how long it is, cannot be
 * told without loading it: such media is judged as if it has sound for longer (ACT's cantTell);
 * `muted` says it has none that plays.
 */
export const autoplay = defineA11yRule({
  area: 'a11y',
  check: ({ root }) =>
    [...root.querySelectorAll('audio[autoplay], video[autoplay]')]
      .filter((media) => {
        if (media.hasAttribute('muted') || media.hasAttribute('controls')) return false
        const sources = mediaSources(media)
        return !(sources.length > 0 && sources.every((src) => (playTime(src) ?? 4) <= 3))
      })
      .map((media) => ({
        excerpt: mediaSources(media)[0] || media.tagName.toLowerCase(),
        message: `${media.tagName === 'AUDIO' ? 'Ljudet' : 'Videon'} startar av sig själv och kan inte stängas av. Ljud som börjar spela stör den som använder skärmläsare. Ta bort automatisk uppspelning, stäng av ljudet (muted) eller visa kontroller (controls).`,
        path: '',
        wcag: '1.4.2',
      })),
  defaultOptions: {},
  // A warning: whether there is sound, and how long it plays, is not in the markup (cantTell).
  defaultSeverity: 'warning',
  id: 'a11y/autoplay',
  meta: {
    help: 'Ljud och video ska inte börja spela med ljud av sig självt utan kontroller för att stoppa dem.',
    source: 'WCAG 2.1, 1.4.2; W3C ACT-regler 80f0bf, 4c31df och aaa1bf',
    title: 'Ljud som startar av sig självt',
    titleEn: 'Media that plays automatically',
  },
})
