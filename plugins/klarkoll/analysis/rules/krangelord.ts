import type { WordPair } from '../data/krangelord'

import { krangelord as builtIn } from '../data/krangelord'
import { atWords, defineRule } from '../rule'
import { compilePhrases } from '../text/phraseMatcher'

export type KrangelordOptions = {
  /** The municipality's own pairs, added to the built-in list. */
  extra: Array<Pick<WordPair, 'avoid' | 'prefer'> & Partial<Pick<WordPair, 'hint' | 'source'>>>
  /** Forms (or whole phrases) never to report, e.g. a term the municipality must use. */
  ignore: string[]
}

const compile = (pairs: WordPair[], ignore: string[]) => {
  const ignored = new Set(ignore.map((form) => form.trim().toLowerCase()))
  return compilePhrases(
    pairs.flatMap((pair) =>
      pair.avoid
        .map((phrase, i) => ({
          phrase,
          // The suggestion inflected like the form found, when the list gives one per form.
          value: { ...pair, prefer: pair.preferByForm?.[i] ?? pair.prefer },
        }))
        .filter(({ phrase }) => !ignored.has(phrase)),
    ),
  )
}

// The built-in list is compiled once; options with extra or ignored entries compile their own.
const builtInMatcher = compile(builtIn, [])
// Keyed by content, not identity: a municipality's settings compile once however often they are
// passed in (each compiled list takes a slot on the lexicon entries of its words).
const matchers = new Map<string, ReturnType<typeof compile>>()
const matcherFor = (options: KrangelordOptions) => {
  if (options.extra.length === 0 && options.ignore.length === 0) return builtInMatcher
  const key = JSON.stringify([options.extra, options.ignore])
  let matcher = matchers.get(key)
  if (!matcher) {
    const extra = options.extra.map((pair) => ({
      avoid: pair.avoid.map((form) => form.toLowerCase()),
      hint: pair.hint ?? false,
      prefer: pair.prefer,
      source: pair.source ?? 'kommunens egen lista',
    }))
    matcher = compile([...extra, ...builtIn], options.ignore)
    matchers.set(key, matcher)
  }
  return matcher
}

export const krangelordRule = defineRule<KrangelordOptions>({
  area: 'klarsprak',
  check: ({ blocks }, options) => {
    const match = matcherFor(options)
    return blocks.flatMap((block) =>
      match(block)
        .filter(({ last, value }) => {
          // "inger förtroende", "medgav att": the next word gives the form another sense.
          const next = block.words[last + 1]
          return !(
            value.notBefore &&
            next &&
            next.sentence === block.words[last]!.sentence &&
            value.notBefore.includes(next.lower)
          )
        })
        .map(({ first, last, value }) =>
          atWords(block, block.words[first]!, block.words[last]!, {
            hint: value.hint,
            message: value.hint
              ? `Kan "${block.block.text.slice(block.words[first]!.start, block.words[last]!.end)}" bytas mot "${value.prefer}"? Det beror på sammanhanget.`
              : `Skriv hellre "${value.prefer}" än "${block.block.text.slice(block.words[first]!.start, block.words[last]!.end)}".`,
            // The first of the alternatives ("skaffa, hämta in"): one click puts in one.
            replacement: value.prefer.split(', ')[0],
            suggestion: value.prefer,
          }),
        ),
    )
  },
  defaultOptions: { extra: [], ignore: [] },
  optionsSchema: { extra: { items: 'object' }, ignore: { items: 'string' } },
  defaultSeverity: 'warning',
  id: 'klarsprak/krangelord',
  meta: {
    help: 'Byt krångliga ord och byråkratiska fraser mot vardagliga.',
    source: 'Svarta listan (Statsrådsberedningen PM 2011:1); kommunala klarspråksguider',
    title: 'Krångelord',
    titleEn: 'Bureaucratic word',
  },
})
