import type { OptionsSchema } from '../analysis/optionsSchema'
import type { RuleFinding, RuleMessages } from '../analysis/rule'
import type { Severity } from '../analysis/types'

import { accessibleText } from './names'

export type A11yContext = {
  /** The checked HTML fragment's container (a <div> in its own jsdom window). */
  root: Element
  /** Elements an author rule already reported, so axe does not report them twice. */
  flag: (element: Element) => void
}

/**
 * An accessibility rule written for the mistakes editors make, on the HTML the public site will
 * render. Findings carry the WCAG success criterion where one applies.
 */
export type A11yRule<Options extends object = object> = {
  area: 'a11y'
  // A method, so a rule with its own options fits where any rule is taken (a host's list).
  check(context: A11yContext, options: Options): RuleFinding[]
  defaultOptions: Options
  /** Limits on the options beyond their defaults' types, checked at start-up. */
  optionsSchema?: OptionsSchema<Options>
  defaultSeverity: Severity
  id: string
  /** Swedish messages by id, for findings that give a `messageId`. */
  messages?: RuleMessages
  meta: { help: string; source: string; title: string; titleEn: string }
  /** Loads what the check needs (a language guesser's tables) before the first check. */
  prepare?: () => Promise<void>
}

export const defineA11yRule = <Options extends object>(
  rule: A11yRule<Options>,
): A11yRule<Options> => rule

export { accessibleText } from './names'

/**
 * The text read out from an element that takes no name of its own (a paragraph, bold text):
 * its text with the alt texts and aria-labels of what it contains, whitespace collapsed.
 */
export const textOf = (element: Element): string => {
  let text = ''
  const stack: Node[] = [element]
  while (stack.length > 0) {
    const node = stack.pop()!
    if (node.nodeType === 3) text += node.textContent ?? ''
    else if (node.nodeType === 1) {
      const el = node as Element
      const label = el.getAttribute('aria-label')
      if (label) text += ` ${label} `
      else {
        if (el.tagName === 'IMG') text += ` ${el.getAttribute('alt') ?? ''} `
        // Children in document order: pushed last to first.
        for (let i = el.childNodes.length - 1; i >= 0; i--) stack.push(el.childNodes[i]!)
      }
    }
  }
  return text.replace(/\s+/g, ' ').trim()
}

/** A short, readable snippet of an element for the finding's excerpt: its name or its text. */
export const snippet = (element: Element): string => {
  const text = accessibleText(element) || textOf(element)
  if (text) return text.length > 80 ? `${text.slice(0, 77)}…` : text
  const html = element.outerHTML.replace(/\s+/g, ' ')
  return html.length > 80 ? `${html.slice(0, 77)}…` : html
}

/** "Läs mer (öppnas i nytt fönster)" → "Läs mer": the note is about the window, not the target. */
export const withoutWindowNote = (text: string): string =>
  text
    .replace(/\(\s*öppnas i (?:ett )?nytt (?:fönster|flik)\s*\)/giu, '')
    .replace(/\(\s*opens in (?:a )?new (?:window|tab)\s*\)/giu, '')
    .trim()
