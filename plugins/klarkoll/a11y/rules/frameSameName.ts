import { accessibleText, isHidden } from '../names'
import { defineA11yRule } from '../rule'
import { namesWithDifferentTargets, samePage } from '../samePage'

/**
 * Two embeds with the same name but different content cannot be told apart by someone who moves
 * between frames by name (ACT 4b1c6c). Frames are compared by address (or inline content); two
 * addresses can still show the same thing, which only loading them would tell, so this is a
 * warning.
 */
export const frameSameName = defineA11yRule({
  area: 'a11y',
  check: ({ root }) => {
    const frames = [...root.querySelectorAll('iframe')]
      .filter((frame) => !isHidden(frame))
      .map((frame): [string, string] => {
        const src = frame.getAttribute('src')
        return [
          accessibleText(frame).toLowerCase(),
          src ? samePage(src) : `srcdoc:${frame.getAttribute('srcdoc') ?? ''}`,
        ]
      })
    return namesWithDifferentTargets(frames).map(([name, sources]) => ({
      excerpt: name,
      message: `${sources.size} inbäddningar heter "${name}" men visar olika innehåll. Ge varje inbäddning en titel som säger vad just den visar.`,
      path: '',
      wcag: '4.1.2',
    }))
  },
  defaultOptions: {},
  defaultSeverity: 'warning',
  id: 'a11y/frame-same-name',
  meta: {
    help: 'Inbäddningar med samma titel ska visa samma innehåll.',
    source: 'WCAG 2.1, 4.1.2; W3C ACT-regel 4b1c6c',
    title: 'Samma titel, olika inbäddningar',
    titleEn: 'Same name, different frames',
  },
})
