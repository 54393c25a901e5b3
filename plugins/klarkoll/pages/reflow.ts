import type { Page } from 'playwright-core'

import type { PageFinding } from './checkPage'

/** WCAG 1.4.10: at 320 CSS pixels (a 1280 px window at 400 % zoom) nothing scrolls sideways. */
export const reflowWidth = 320

/**
 * Narrows the rendered page to 320 px and reports when it then scrolls sideways, quoting up to
 * three of the innermost elements or words that stick out. The page stays open; the caller
 * closes it.
 */
export const checkReflow = async (page: Page): Promise<PageFinding[]> => {
  await page.setViewportSize({ height: 640, width: reflowWidth })
  const found = await page.evaluate(() => {
    const root = document.documentElement
    if (root.scrollWidth <= root.clientWidth + 1) return null
    const width = root.clientWidth
    const outside: string[] = []
    // Text sticking out (a long word) is quoted as its element with the text.
    const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT)
    const range = document.createRange()
    while (walker.nextNode() && outside.length < 3) {
      const node = walker.currentNode
      if (!node.textContent?.trim()) continue
      range.selectNodeContents(node)
      if (range.getBoundingClientRect().right > width + 1) {
        outside.push(
          `<${node.parentElement?.localName ?? 'text'}>${node.textContent.trim().slice(0, 60)}`,
        )
      }
    }
    if (outside.length === 0) {
      for (const element of Array.from(document.body.querySelectorAll('*'))) {
        const box = element.getBoundingClientRect()
        if (box.width > 0 && box.right > width + 1 && element.children.length === 0) {
          if (outside.push(element.outerHTML.slice(0, 80)) >= 3) break
        }
      }
    }
    return { outside, scrollWidth: root.scrollWidth, width }
  })
  if (!found) return []
  return [
    {
      area: 'a11y',
      excerpt: found.outside.join(' · ') || undefined,
      help: 'Sidan måste gå att läsa utan att scrolla i sidled vid 320 pixlars bredd',
      message: `Vid ${found.width} pixlars bredd (som 400 % zoom) är sidan ${found.scrollWidth} pixlar bred, så den måste scrollas i sidled. Låt långa ord, tabeller och bilder brytas eller krympa.`,
      path: '',
      ruleId: 'a11y/page/reflow',
      severity: 'warning',
      suggestion: 'https://www.w3.org/WAI/WCAG21/Understanding/reflow.html',
      wcag: '1.4.10',
    },
  ]
}
