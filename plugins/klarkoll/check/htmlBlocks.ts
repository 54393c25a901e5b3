import type { AnalysisInput, Block, BlockKind } from '../analysis/types'

import { withHtmlWindow } from '../a11y/window'

const kinds: Record<string, BlockKind> = {
  BLOCKQUOTE: 'quote',
  H1: 'heading',
  H2: 'heading',
  H3: 'heading',
  H4: 'heading',
  H5: 'heading',
  H6: 'heading',
  LI: 'listItem',
  P: 'paragraph',
  TD: 'tableCell',
  TH: 'tableCell',
}

/**
 * An HTML fragment as the engine's input, parsed in a pooled jsdom window (scripts never run): headings,
 * paragraphs, list items, quotes, table cells, link texts and image alt texts, each with a CSS-like
 * path (`html.p.3`). Text directly in the fragment becomes paragraphs too. `lang` attributes
 * are respected. Runs in a worker thread (see htmlInput.ts).
 */
export const htmlInputInWindow = (html: string, lang?: string): Promise<AnalysisInput> =>
  withHtmlWindow(html, undefined, (window, root) => blocksOf(window.document, root, lang))

const blocksOf = (document: Document, root: Element, lang?: string): AnalysisInput => {
  const blocks: Block[] = []
  // Only lang attributes inside the fragment count, not the window's own <html lang>.
  const langOf = (el: Element) => {
    const marked = el.closest('[lang]')
    return (marked && root.contains(marked) ? marked.getAttribute('lang') : null) ?? lang
  }
  let index = 0
  const walker = document.createTreeWalker(root, 1 /* elements */)
  for (let node = walker.nextNode(); node; node = walker.nextNode()) {
    const el = node as Element
    const kind = kinds[el.tagName]
    const blockLang = langOf(el)
    const extra = blockLang ? { lang: blockLang } : {}
    if (kind) {
      // A list item or cell holding its own paragraphs is read through them.
      if (el.querySelector('p, li, h1, h2, h3, h4, h5, h6, blockquote')) continue
      const text = (el.textContent ?? '').replace(/\s+/g, ' ').trim()
      if (!text) continue
      blocks.push({
        kind,
        path: `html.${el.tagName.toLowerCase()}.${index++}`,
        text,
        ...(kind === 'heading' ? { level: Number(el.tagName[1]) } : {}),
        ...extra,
      })
    } else if (el.tagName === 'A') {
      blocks.push({
        kind: 'linkText',
        path: `html.a.${index++}`,
        text: el.textContent ?? '',
        ...extra,
      })
    } else if (el.tagName === 'IMG' && el.hasAttribute('alt')) {
      blocks.push({
        kind: 'alt',
        path: `html.img.${index++}`,
        text: el.getAttribute('alt') ?? '',
        ...extra,
      })
    }
  }
  // Loose text outside any block element (a fragment like "Hej. Vi svarar.") is a paragraph.
  if (blocks.every((b) => b.kind === 'linkText' || b.kind === 'alt')) {
    const text = (root.textContent ?? '').replace(/\s+/g, ' ').trim()
    if (text) blocks.unshift({ kind: 'paragraph', path: 'html', text, ...(lang ? { lang } : {}) })
  }
  return { blocks, ...(lang ? { lang } : {}) }
}
