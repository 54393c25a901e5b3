import { accessibleText, defineA11yRule, snippet } from '../rule'

/** Skipped heading levels, and a first heading at the wrong level for the template. */
export const headingOrder = defineA11yRule({
  area: 'a11y',
  check: ({ flag, root }, { firstLevel }) => {
    const findings = []
    let previous: null | number = null
    for (const heading of root.querySelectorAll('h1, h2, h3, h4, h5, h6')) {
      const level = Number(heading.tagName[1])
      if (previous === null && level !== firstLevel) {
        flag(heading)
        findings.push({
          excerpt: snippet(heading),
          message: `Den första rubriken i texten är nivå ${level}, men sidans rubrik är redan nivå ${firstLevel - 1}. Börja med rubriknivå ${firstLevel}.`,
          path: '',
          suggestion: `Gör rubriken till nivå ${firstLevel}.`,
          wcag: '1.3.1',
        })
      } else if (previous !== null && level > previous + 1) {
        flag(heading)
        findings.push({
          excerpt: snippet(heading),
          message: `Rubriknivå ${previous + 1} hoppas över: efter nivå ${previous} kommer nivå ${level}. Skärmläsaranvändare navigerar med rubrikerna.`,
          path: '',
          suggestion: `Gör rubriken till nivå ${previous + 1}.`,
          wcag: '1.3.1',
        })
      }
      if (accessibleText(heading)) previous = level
    }
    return findings
  },
  defaultOptions: { firstLevel: 2 },
  optionsSchema: { firstLevel: { integer: true, max: 6, min: 1 } },
  defaultSeverity: 'warning',
  id: 'a11y/heading-order',
  meta: {
    help: 'Rubriknivåerna ska komma i ordning och börja på nivå {firstLevel}.',
    source: 'WCAG 2.1, 1.3.1; Sa11y',
    title: 'Rubriknivåer i fel ordning',
    titleEn: 'Heading levels out of order',
  },
})
