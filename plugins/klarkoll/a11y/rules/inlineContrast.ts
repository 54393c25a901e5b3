import type { Color } from 'culori/fn'

import { modeHsl, modeLrgb, modeRgb, parse, useMode, wcagContrast } from 'culori/fn'

import { defineA11yRule, textOf } from '../rule'

// Only the colour spaces editors' styles use (hex, names, rgb() and hsl()), and linear RGB for
// the luminance.
useMode(modeRgb)
useMode(modeHsl)
useMode(modeLrgb)

const white: Color = { b: 1, g: 1, mode: 'rgb', r: 1 }

const declarations = {
  'background-color': /(?:^|;)\s*background-color\s*:\s*([^;]+)/iu,
  color: /(?:^|;)\s*color\s*:\s*([^;]+)/iu,
}

/** A colour from an inline style declaration, or undefined when it is not set or not readable. */
const styleColor = (element: Element, property: keyof typeof declarations) => {
  const match = declarations[property].exec(element.getAttribute('style') ?? '')
  return match ? parse(match[1]!.trim()) : undefined
}

/** The background behind an element: the nearest inline background, else the page's white. */
const backgroundOf = (element: Element, root: Element): Color => {
  for (let at: Element | null = element; at && at !== root.parentElement; at = at.parentElement) {
    const background = styleColor(at, 'background-color')
    if (background) return background
  }
  return white
}

// Large text needs 3:1 (WCAG 1.4.3): the site's h1 and h2 are over 24 px, h3 is bold 18.7 px.
const isLarge = (element: Element) => element.closest('h1, h2, h3') !== null

/**
 * Text coloured by the editor (Lexical's colour styles become inline styles) with too little
 * contrast against its background, before it is published: 4.5:1 for body text, 3:1 for large
 * text. Computed with culori's WCAG contrast.
 */
export const inlineContrast = defineA11yRule({
  area: 'a11y',
  check: ({ root }) =>
    [...root.querySelectorAll('[style*="color"]')].flatMap((element) => {
      const color = styleColor(element, 'color')
      const text = textOf(element)
      if (!color || !text) return []
      const ratio = wcagContrast(color, backgroundOf(element, root))
      const needed = isLarge(element) ? 3 : 4.5
      if (ratio >= needed) return []
      return [
        {
          excerpt: text.length > 60 ? `${text.slice(0, 57)}…` : text,
          message: `Färgen på texten har kontrasten ${ratio.toFixed(1).replace('.', ',')}:1 mot bakgrunden; den behöver minst ${String(needed).replace('.', ',')}:1. Välj en mörkare färg eller ta bort färgen.`,
          path: '',
          wcag: '1.4.3',
        },
      ]
    }),
  defaultOptions: {},
  defaultSeverity: 'warning',
  id: 'a11y/inline-contrast',
  meta: {
    help: 'Färgad text behöver tillräcklig kontrast mot bakgrunden.',
    source: 'WCAG 2.1, 1.4.3; Sa11y',
    title: 'Färgad text med för låg kontrast',
    titleEn: 'Coloured text with too little contrast',
  },
})
