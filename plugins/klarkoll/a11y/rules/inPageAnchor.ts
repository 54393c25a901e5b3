import { accessibleText, defineA11yRule } from '../rule'

/** "#avgifter" → "avgifter"; a malformed escape ("#%E0") is taken as written. */
const anchorName = (href: string) => {
  try {
    return decodeURIComponent(href.slice(1))
  } catch {
    return href.slice(1)
  }
}

/**
 * Links to a place on the same page ("#avgifter") where no element has that id or name: the
 * link goes nowhere. "#" alone and "#top" (the top of the page) are left alone.
 */
export const inPageAnchor = defineA11yRule({
  area: 'a11y',
  check: ({ root }) => {
    const document = root.ownerDocument
    return [...root.querySelectorAll('a[href^="#"]')].flatMap((link) => {
      const target = anchorName(link.getAttribute('href') ?? '')
      if (!target || target === 'top') return []
      const found =
        document.getElementById(target) ?? document.getElementsByName(target).item(0) ?? null
      return found
        ? []
        : [
            {
              excerpt: accessibleText(link) || `#${target}`,
              message: `Länken leder till "#${target}", men inget på sidan har det ankaret. Rätta ankaret eller ta bort länken.`,
              path: '',
              wcag: '2.4.4',
            },
          ]
    })
  },
  defaultOptions: {},
  defaultSeverity: 'warning',
  id: 'a11y/in-page-anchor',
  meta: {
    help: 'Länkar inom sidan ska leda till ett ankare som finns.',
    source: 'WCAG 2.1, 2.4.4; Sa11y',
    title: 'Trasigt ankare på sidan',
    titleEn: 'Broken in-page link',
  },
})
