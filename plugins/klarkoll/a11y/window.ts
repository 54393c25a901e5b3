import { type DOMWindow, JSDOM } from 'jsdom'

// Creating a jsdom window costs more than most author rules: windows are kept and reused, one
// check at a time each. axe-core runs in its own windows, in worker threads (axePool.ts).
const idle: DOMWindow[] = []
const kept = 4

/**
 * Runs `use` with a window of its own whose `<main>` holds `html`, in a page of language `lang`.
 * jsdom runs no script from the content (runScripts: outside-only: only what we evaluate) and
 * loads no resources.
 */
export const withHtmlWindow = async <T>(
  html: string,
  lang: string | undefined,
  use: (window: DOMWindow, root: Element) => Promise<T> | T,
): Promise<T> => {
  const window =
    idle.pop() ??
    new JSDOM('<!doctype html><html lang="sv"><body><main></main></body></html>', {
      runScripts: 'outside-only',
    }).window
  window.document.documentElement.lang = lang || 'sv'
  const root = window.document.querySelector('main')!
  root.innerHTML = html
  try {
    return await use(window, root)
  } finally {
    root.innerHTML = ''
    if (idle.length < kept) idle.push(window)
    else window.close()
  }
}
