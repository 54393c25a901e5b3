import type { Color, Rgb } from 'culori/fn'

import { converter, modeHsl, modeLrgb, modeRgb, parse, useMode, wcagContrast } from 'culori/fn'

import { defineA11yRule, textOf } from '../rule'

// Only the colour spaces editors' styles use (hex, names, rgb() and hsl()), and linear RGB for
// the luminance.
useMode(modeRgb)
useMode(modeHsl)
useMode(modeLrgb)
const toRgb = converter('rgb')

const white: Rgb = { b: 1, g: 1, mode: 'rgb', r: 1 }

// Each element's inline style, read once: every coloured text below an element asks for its
// background and opacity.
const styles = new WeakMap<Element, Map<string, string>>()

/** The last value of an inline style property, or undefined. */
const declared = (element: Element, property: string): string | undefined => {
  let style = styles.get(element)
  if (!style) {
    style = new Map()
    for (const declaration of (element.getAttribute('style') ?? '').split(';')) {
      const colon = declaration.indexOf(':')
      if (colon > 0) {
        style.set(
          declaration.slice(0, colon).trim().toLowerCase(),
          declaration.slice(colon + 1).trim(),
        )
      }
    }
    styles.set(element, style)
  }
  return style.get(property)
}

const colorOf = (value: string | undefined): Color | undefined => (value ? parse(value) : undefined)

const colorToken = /(?:rgba?|hsla?)\([^)]*\)|#[\da-f]{3,8}\b|[a-z]+/giu

/** A gradient's colour stops, or undefined when it has none that can be read. */
const gradientStops = (value: string): Color[] | undefined => {
  const inside = value.slice(value.indexOf('(') + 1)
  const stops = (inside.match(colorToken) ?? [])
    .map((token) => parse(token))
    .filter((stop): stop is Color => stop !== undefined)
  return stops.length > 0 ? stops : undefined
}

/**
 * An element's own background: a colour (from background-color or the background shorthand), a
 * gradient's colour stops, null for none, or 'unknown' for an image, which only rendering shows.
 */
const ownBackground = (element: Element): Color | Color[] | null | 'unknown' => {
  const shorthand = declared(element, 'background')
  const image = declared(element, 'background-image') ?? shorthand
  if (image && /url\(/iu.test(image)) return 'unknown'
  if (image && /gradient\(/iu.test(image)) return gradientStops(image) ?? 'unknown'
  const color = colorOf(declared(element, 'background-color'))
  if (color) return color
  // The shorthand's colour is the one token that parses as a colour ("#eee", "rgb(0 0 0 / .5)").
  for (const token of shorthand?.match(/\w+\([^)]*\)|[^\s]+/gu) ?? []) {
    const parsed = parse(token)
    if (parsed) return parsed
  }
  return null
}

/** `top` at `alpha` over `bottom`, as the browser composites them. */
const over = (top: Color, alpha: number, bottom: Rgb): Rgb => {
  const rgb = toRgb(top)
  const a = Math.min(Math.max(alpha, 0), 1)
  return {
    b: rgb.b * a + bottom.b * (1 - a),
    g: rgb.g * a + bottom.g * (1 - a),
    mode: 'rgb',
    r: rgb.r * a + bottom.r * (1 - a),
  }
}

/**
 * The backgrounds that can stand behind an element: its inline backgrounds and its ancestors',
 * semi-transparent ones composited over what lies below, on the page's white. One colour, or
 * each stop of a gradient; undefined behind an image.
 */
const backgroundsOf = (element: Element, root: Element): Rgb[] | undefined => {
  const layers: (Color | Color[])[] = []
  for (let at: Element | null = element; at && at !== root.parentElement; at = at.parentElement) {
    const background = ownBackground(at)
    if (background === 'unknown') return undefined
    if (!background) continue
    layers.push(background)
    if (Array.isArray(background) || (background.alpha ?? 1) >= 1) break
  }
  return layers.reduceRight<Rgb[]>(
    (below, layer) =>
      Array.isArray(layer)
        ? layer.map((stop) => over(stop, stop.alpha ?? 1, white))
        : below.map((colour) => over(layer, layer.alpha ?? 1, colour)),
    [white],
  )
}

/** The product of the element's and its ancestors' inline opacity. */
const opacityOf = (element: Element, root: Element): number => {
  let opacity = 1
  for (let at: Element | null = element; at && at !== root.parentElement; at = at.parentElement) {
    const value = Number.parseFloat(declared(at, 'opacity') ?? '')
    if (Number.isFinite(value)) opacity *= Math.min(Math.max(value, 0), 1)
  }
  return opacity
}

// Large text needs 3:1 (WCAG 1.4.3): the site's h1 and h2 are over 24 px, h3 is bold 18.7 px.
const isLarge = (element: Element) => element.closest('h1, h2, h3') !== null

/**
 * Text coloured by the editor (Lexical's colour styles become inline styles) with too little
 * contrast against its background, before it is published: 4.5:1 for body text, 3:1 for large
 * text (ACT afw4f7). Computed with culori's WCAG contrast, after compositing transparent colours
 * and opacity; on a gradient, against each colour stop. Text on a background image is not judged
 * (only rendering can tell).
 */
export const inlineContrast = defineA11yRule({
  area: 'a11y',
  check: ({ root }) =>
    [...root.querySelectorAll('[style*="color"]')].flatMap((element) => {
      const color = colorOf(declared(element, 'color'))
      const text = textOf(element)
      if (!color || !text) return []
      const backgrounds = backgroundsOf(element, root)
      if (!backgrounds) return []
      // Transparency in the colour and opacity on the way fade the text into its background.
      const alpha = (color.alpha ?? 1) * opacityOf(element, root)
      const ratios = backgrounds.map((background) =>
        wcagContrast(over(color, alpha, background), background),
      )
      // On a gradient, too little contrast on every stop is a finding; where some stop is
      // enough, only rendering can tell where the text stands.
      const ratio = Math.max(...ratios)
      const needed = isLarge(element) ? 3 : 4.5
      if (ratio >= needed) return []
      return [
        {
          excerpt: text.length > 60 ? `${text.slice(0, 57)}…` : text,
          // Rounded down: 4,48:1 must not read as the 4,5:1 it falls short of.
          message: `Färgen på texten har kontrasten ${(Math.floor(ratio * 10) / 10).toFixed(1).replace('.', ',')}:1 mot bakgrunden; den behöver minst ${String(needed).replace('.', ',')}:1. Välj en mörkare färg eller ta bort färgen.`,
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
