import type { PayloadRequest } from 'payload'

import {
  convertLexicalToHTML,
  type HTMLConvertersFunction,
} from '@payloadcms/richtext-lexical/html'

import type { KlarkollSettings, TextStates } from '../types'

import { sanitizeHtml } from './sanitizeHtml'

type Node = { children?: Node[]; relationTo?: string; type?: string; value?: unknown }

const escapeAttribute = (value: string) => value.replace(/&/g, '&amp;').replace(/"/g, '&quot;')

/**
 * Text states (Payload's TextStateFeature: colours an editor picked) become inline styles, as in
 * the editor; only values the host configured are written, so stored JSON cannot inject CSS.
 */
const withTextStates =
  (states: TextStates | undefined): HTMLConvertersFunction =>
  ({ defaultConverters }) => {
    if (!states || Object.keys(states).length === 0) return defaultConverters
    const text = defaultConverters.text as (args: never) => string
    return {
      ...defaultConverters,
      text: (args) => {
        const html = text(args as never)
        const picked = (args.node as { $?: Record<string, unknown> }).$ ?? {}
        const css = Object.entries(picked).flatMap(([key, value]) =>
          Object.entries(states[key]?.[String(value)]?.css ?? {}),
        )
        if (css.length === 0) return html
        const style = css.map(([property, v]) => `${property}: ${String(v)}`).join('; ')
        return `<span style="${escapeAttribute(style)}">${html}</span>`
      },
    }
  }

/**
 * Lexical to HTML the way the public site renders it (Payload's own converter, with the host's
 * text states), upload nodes filled in from their media documents so alt texts can be checked.
 * The public site calls it too, so what is checked is what is shown; both get it sanitised.
 */
export const lexicalToHtml = async (
  value: unknown,
  req?: PayloadRequest,
  textStates?: TextStates,
): Promise<string> => {
  const root = (value as { root?: Node } | null)?.root
  if (!root || typeof root !== 'object') return ''
  const data = structuredClone(value) as { root: Node }
  if (req) {
    const stack: Node[] = [data.root]
    while (stack.length > 0) {
      const node = stack.pop()!
      if (
        node.type === 'upload' &&
        node.relationTo &&
        (typeof node.value === 'number' || typeof node.value === 'string')
      ) {
        node.value =
          (await req.payload
            .findByID({
              collection: node.relationTo as never,
              depth: 0,
              disableErrors: true,
              id: node.value,
              req,
            })
            .catch(() => null)) ?? node.value
      }
      if (Array.isArray(node.children)) stack.push(...node.children)
    }
  }
  try {
    const states =
      textStates ??
      (req?.payload.config.custom?.klarkoll as KlarkollSettings | undefined)?.textStates
    return sanitizeHtml(
      convertLexicalToHTML({
        converters: withTextStates(states),
        data: data as never,
        disableContainer: true,
      }),
    )
  } catch {
    // Unknown node types: the klarspråk checks still run on the text; axe gets nothing to read.
    return ''
  }
}
