import { stockholmTime } from '../../dashboard/labels'
import { swedishDay } from '../dates'
import { defineStalenessRule } from '../rule'

/** A lättläst or language version written before its original's text last changed. */
export const versionBehind = defineStalenessRule({
  area: 'staleness',
  check: ({ version }) => {
    if (!version?.behind || !version.original?.changedAt) return []
    return [
      {
        message:
          `${version.language.versionName} granskades före senaste ändringen av originalet ` +
          `”${version.original.title}” (${swedishDay(new Date(version.original.changedAt))}).`,
        // The change itself, so "Markera som OK" accepts this change of the original, not the next.
        excerpt: `${version.original.title}, ändrad ${stockholmTime(version.original.changedAt)}`,
        path: 'languageVersion.original',
        suggestion:
          'Jämför med originalet och uppdatera versionen, eller klicka på ”Markera som granskad” om den fortfarande stämmer.',
      },
    ]
  },
  defaultOptions: {},
  defaultSeverity: 'warning',
  id: 'stale/version-behind',
  meta: {
    help: 'Lättlästa och översatta versioner ska vara lika aktuella som originalet (webbriktlinjer R12).',
    title: 'Versionen följer inte originalet',
    titleEn: 'Version behind its original',
  },
})
