import { guessLanguage, hasLetters, loadLanguageGuesser } from '../../versions/languageGuess'
import { isHidden } from '../names'
import { defineA11yRule, snippet } from '../rule'

// The elements whose text is judged as one passage: the innermost of them.
const passages = 'p, li, h1, h2, h3, h4, h5, h6, blockquote, td, th, dd, dt, figcaption, caption'
/** Shorter passages are no reliable guess: names and loanwords would decide it. */
const minLetters = 30
/** Bounds on the work per fragment: each passage read up to this many characters, so many guesses. */
const maxCharacters = 600
const maxPassages = 200

/**
 * The passage's words in its own language: what a descendant marks with a lang of its own, and
 * code, is left out, as are web and e-mail addresses. Walked without recursion.
 */
const ownText = (element: Element): string => {
  let text = ''
  const stack: Node[] = [element]
  while (stack.length > 0 && text.length < maxCharacters) {
    const node = stack.pop()!
    if (node.nodeType === 3) text += node.textContent ?? ''
    else if (node.nodeType === 1) {
      const el = node as Element
      if (el !== element && (el.hasAttribute('lang') || el.tagName === 'CODE')) continue
      for (let i = el.childNodes.length - 1; i >= 0; i--) stack.push(el.childNodes[i]!)
      text += ' '
    }
  }
  return text
    .replace(/\S+@\S+|https?:\/\/\S+|www\.\S+/giu, ' ')
    .replace(/\s+/gu, ' ')
    .slice(0, maxCharacters)
}

const primary = (lang: string) => lang.trim().toLowerCase().split('-')[0]

// Function words of each language. A passage is guessed only when it has at least two of the
// other language's and more than twice as many of them as of its own: a Swedish sentence that
// names an English report ("Läs rapporten The Role of Local Government på biblioteket") is
// Swedish. This also keeps franc to the few passages that may be in the other language.
const englishWords =
  /(?<!\p{L})(?:the|and|of|to|on|at|for|is|are|you|your|our|we|with|this|that|from|about|will|can|have|has|it|or)(?!\p{L})/giu
const swedishWords =
  /(?<!\p{L})(?:och|att|det|som|är|för|på|med|inte|av|till|om|du|vi|kan|har|ska|en|ett|den|vid|från)(?!\p{L})/giu
const count = (text: string, words: RegExp) => text.match(words)?.length ?? 0

/** For each page language: its own words, the other language's, franc's code for it, the message. */
const pages = {
  en: {
    message:
      'Texten ser ut att vara på svenska, men sidan är på engelska och texten är inte märkt som svenska (lang="sv"). En skärmläsare läser den då med engelskt uttal. Översätt den, eller lägg den på den svenska sidan.',
    other: swedishWords,
    otherCode: 'swe',
    own: englishWords,
  },
  sv: {
    message:
      'Texten ser ut att vara på engelska, men den är inte märkt som engelska (lang="en"). En skärmläsare läser den då med svenskt uttal. Skriv den på svenska, eller lägg den i sidans engelska version.',
    other: englishWords,
    otherCode: 'eng',
    own: swedishWords,
  },
}

/**
 * A passage in another language than the page's, without a lang of its own (WCAG 3.1.2,
 * language of parts): a screen reader then reads English words with Swedish pronunciation.
 * franc (trigram statistics) guesses among the languages klarkoll knows; only English in a
 * Swedish passage and Swedish in an English one are reported, and a close call is no finding.
 */
export const passageLanguage = defineA11yRule({
  area: 'a11y',
  check: ({ root }) => {
    const findings = []
    let read = 0
    for (const element of root.querySelectorAll(passages)) {
      if (element.querySelector(passages) || element.closest('pre')) continue
      const declared = primary(element.closest('[lang]')?.getAttribute('lang') ?? 'sv')
      const page = declared === 'sv' || declared === 'en' ? pages[declared] : undefined
      if (!page) continue
      const text = ownText(element)
      if (!hasLetters(text, minLetters)) continue
      const others = count(text, page.other)
      if (others < 2 || others <= 2 * count(text, page.own)) continue
      if (++read > maxPassages) break
      if (isHidden(element) || guessLanguage(text) !== page.otherCode) continue
      findings.push({ excerpt: snippet(element), message: page.message, path: '', wcag: '3.1.2' })
    }
    return findings
  },
  defaultOptions: {},
  defaultSeverity: 'warning',
  id: 'a11y/passage-language',
  meta: {
    help: 'Text på ett annat språk än sidans ska vara märkt med sitt språk.',
    source: 'WCAG 2.1, 3.1.2 (delars språk); franc (språkigenkänning)',
    title: 'Text på annat språk utan språkangivelse',
    titleEn: 'Passage in another language without lang',
  },
  prepare: loadLanguageGuesser,
})
