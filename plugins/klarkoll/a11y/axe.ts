import type { DOMWindow } from 'jsdom'

import axe from 'axe-core'

import type { RuleFinding } from '../analysis/rule'

import { swedishLocale } from './axeLocale'
import { snippet } from './rule'

export { swedishLocale }

/** The axe-core settings klarkoll runs: `'a11y/axe': ['error', { disable: ['image-alt'] }]`. */
export const axeRule = {
  defaultOptions: { disable: [] as string[] },
  defaultSeverity: 'error' as const,
  id: 'a11y/axe',
  meta: {
    title: 'Tillgänglighetsfel som axe-core hittar',
    titleEn: 'Accessibility errors found by axe-core',
  },
  optionsSchema: { disable: { items: 'string' as const } },
}

// Need layout or styles, which jsdom does not have: they come back "incomplete", never a pass.
const needsLayout = [
  'avoid-inline-spacing',
  'color-contrast',
  'color-contrast-enhanced',
  'css-orientation-lock',
  'focus-order-semantics',
  'frame-focusable-content',
  'link-in-text-block',
  'scrollable-region-focusable',
  'target-size',
]
// About the whole page, not the editor's fragment: noise here.
const pageLevel = [
  'bypass',
  'document-title',
  'html-has-lang',
  'html-lang-valid',
  'landmark-one-main',
  'meta-viewport',
  'page-has-heading-one',
  'region',
]

/** WCAG 2.0 and 2.1, levels A and AA: what DOS-lagen asks for. */
export const wcagTags = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa']

/** "wcag143" → "1.4.3": axe's tags name the success criterion. */
export const wcagOf = (tags: string[]): string | undefined => {
  const tag = tags.map((t) => /^wcag(\d)(\d)(\d+)$/.exec(t)).find(Boolean)
  return tag ? `${tag[1]}.${tag[2]}.${tag[3]}` : undefined
}

export type AxeFinding = RuleFinding & { axeRule: string; blocking: boolean; message: string }

/**
 * axe-core in the jsdom window of the check, in Swedish, with the WCAG 2.0/2.1 A and AA rules
 * plus heading-order, empty-heading and image-redundant-alt. Serious and critical violations
 * block (at the configured severity); moderate and minor ones are warnings. Runs inside a worker
 * thread (see workerPool.ts), never on the server's event loop.
 */
export const runAxe = async (
  window: DOMWindow,
  root: Element,
  { disable, skip }: { disable: string[]; skip: Set<Element> },
): Promise<AxeFinding[]> => {
  const holder = window as unknown as { axe?: typeof axe }
  if (!holder.axe) {
    window.eval(axe.source)
    holder.axe!.configure({ locale: swedishLocale as axe.Locale })
  }
  const instance = holder.axe!
  const off = Object.fromEntries(
    [...needsLayout, ...pageLevel, ...disable].map((id) => [id, { enabled: false }]),
  )
  const result = await instance.run(root, {
    // No waiting for media or style sheets that jsdom never loads: <video autoplay> alone made
    // one check take 10 s.
    preload: false,
    resultTypes: ['violations'],
    rules: {
      ...off,
      'empty-heading': { enabled: !disable.includes('empty-heading') },
      'heading-order': { enabled: !disable.includes('heading-order') },
      'image-redundant-alt': { enabled: !disable.includes('image-redundant-alt') },
    },
    // The WCAG rules, plus the three best-practice ones kept below (enabled through `rules`):
    // running every best-practice rule only to drop its results cost a quarter of axe's time.
    runOnly: { type: 'tag', values: wcagTags },
  })
  const keep = new Set(['empty-heading', 'heading-order', 'image-redundant-alt'])
  return result.violations
    .filter(
      (v) =>
        !v.tags.includes('best-practice') ||
        keep.has(v.id) ||
        v.tags.some((t) => t.startsWith('wcag')),
    )
    .flatMap((violation) =>
      violation.nodes.flatMap((node): AxeFinding[] => {
        const selector = node.target.at(-1)
        const element =
          typeof selector === 'string' ? window.document.querySelector(selector) : null
        if (element && skip.has(element)) return []
        const wcag = wcagOf(violation.tags)
        return [
          {
            axeRule: violation.id,
            blocking: violation.impact === 'critical' || violation.impact === 'serious',
            excerpt: element ? snippet(element) : node.html.slice(0, 80),
            message: `${violation.help}. (axe-core: ${violation.id})`,
            path: '',
            ...(wcag ? { wcag } : {}),
          },
        ]
      }),
    )
}
