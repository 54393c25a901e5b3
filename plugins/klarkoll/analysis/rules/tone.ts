import { atWords, defineRule } from '../rule'
import { compilePhrases } from '../text/phraseMatcher'

const phrases = compilePhrases([
  { phrase: 'den sökande', value: 'du' },
  { phrase: 'sökanden', value: 'du' },
  { phrase: 'den enskilde', value: 'du' },
  { phrase: 'den enskilda', value: 'du' },
  { phrase: 'den enskildes', value: 'din' },
  { phrase: 'undertecknad', value: 'jag' },
  { phrase: 'undertecknade', value: 'vi' },
  { phrase: 'myndigheten', value: 'vi' },
  { phrase: 'myndighetens', value: 'vår' },
  { phrase: 'man', value: 'du' },
])
// "man" is the pronoun only when no article or determiner stands before it or before its
// adjective ("en man", "en gammal man"), and not in "god man".
const determiners = new Set(['en', 'den', 'ingen', 'någon', 'varje', 'vilken', 'samme', 'denne'])

export const tone = defineRule({
  area: 'klarsprak',
  check: ({ blocks }) =>
    blocks.flatMap((block) =>
      phrases(block)
        .filter(({ first, value }) => {
          const word = block.words[first]!
          if (word.lower !== 'man' || value !== 'du') return true
          const inSentence = (i: number) =>
            i >= 0 && block.words[i]!.sentence === word.sentence ? block.words[i] : undefined
          const before = inSentence(first - 1)
          const twoBefore = inSentence(first - 2)
          // "en man", "god man" (a legal guardian), "en gammal man": a noun, not the pronoun.
          return !(
            (before && (determiners.has(before.lower) || before.lower === 'god')) ||
            (twoBefore && determiners.has(twoBefore.lower))
          )
        })
        .map(({ first, last, value }) => {
          const written = block.block.text.slice(block.words[first]!.start, block.words[last]!.end)
          return atWords(block, block.words[first]!, block.words[last]!, {
            message:
              value === 'vi' || value === 'vår'
                ? `Skriv "${value}" om kommunen i stället för "${written}".`
                : `Tala direkt till läsaren: skriv "${value}" i stället för "${written}".`,
            suggestion: value,
          })
        }),
    ),
  defaultOptions: {},
  defaultSeverity: 'warning',
  id: 'klarsprak/tone',
  meta: {
    help: 'Skriv "du" till läsaren och "vi" om kommunen.',
    source: 'Klarspråkshjälpen (ISOF); Myndigheternas skrivregler',
    title: 'Tilltal',
    titleEn: 'Form of address',
  },
})
