import type { TokenizedBlock } from '../text/tokenize'

import { atWords, defineRule } from '../rule'
import { compilePhrases } from '../text/phraseMatcher'
import { wordInSentence } from '../text/tokenize'

const phrases = compilePhrases([
  { phrase: 'den sökande', value: 'du' },
  { phrase: 'sökanden', value: 'du' },
  { phrase: 'sökandens', value: 'din' },
  { phrase: 'den sökandes', value: 'din' },
  { phrase: 'de sökande', value: 'ni' },
  { phrase: 'den enskilde', value: 'du' },
  { phrase: 'den enskilda', value: 'du' },
  { phrase: 'den enskildes', value: 'din' },
  { phrase: 'undertecknad', value: 'jag' },
  { phrase: 'undertecknade', value: 'vi' },
  { phrase: 'myndigheten', value: 'vi' },
  { phrase: 'myndighetens', value: 'vår' },
  { phrase: 'man', value: 'du' },
])
// "man" is the noun after an article, a possessive or a number ("en man", "hennes man", "tolv
// man"), in "god man" (a legal guardian), next to "kvinna" or "hustru", and in "man ur huse".
const beforeNoun = new Set([
  'en', 'den', 'ingen', 'någon', 'varje', 'vilken', 'samme', 'denne', 'god', 'min', 'din', 'sin',
  'hans', 'hennes', 'er', 'vår', 'deras', 'två', 'tre', 'fyra', 'fem', 'sex', 'sju', 'åtta', 'nio',
  'tio', 'elva', 'tolv', 'hundra', 'tusen',
]) // prettier-ignore
const besideNoun = new Set(['kvinna', 'kvinnor', 'hustru', 'fru'])
// "undertecknad" is the writer only as a subject; "vara undertecknad av", "det undertecknade
// avtalet" are the participle.
const beforeParticiple = new Set([
  'vara',
  'är',
  'var',
  'varit',
  'bli',
  'blir',
  'blev',
  'det',
  'ett',
])

/** The lower-case word `offset` places away in the same sentence. */
const near = (block: TokenizedBlock, first: number, offset: number) =>
  wordInSentence(block, first, offset)?.lower

const isNounMan = (block: TokenizedBlock, first: number) => {
  const before = near(block, first, -1)
  const twoBefore = near(block, first, -2)
  const after = near(block, first, 1)
  const twoAfter = near(block, first, 2)
  return (
    (before !== undefined && (beforeNoun.has(before) || /^\d+$/.test(before))) ||
    (twoBefore !== undefined && beforeNoun.has(twoBefore) && before !== 'om') ||
    [before, twoBefore, after, twoAfter].some((word) => word && besideNoun.has(word)) ||
    (after === 'ur' && twoAfter === 'huse')
  )
}

const isParticiple = (block: TokenizedBlock, first: number) =>
  beforeParticiple.has(near(block, first, -1) ?? '') || near(block, first, 1) === 'av'

// "Myndigheten för delaktighet" is a name, not the writer.
const isName = (block: TokenizedBlock, first: number) =>
  block.block.text[block.words[first]!.start] === 'M' && near(block, first, 1) === 'för'

export const tone = defineRule({
  area: 'klarsprak',
  check: ({ blocks }) =>
    blocks.flatMap((block) =>
      phrases(block)
        .filter(({ first }) => {
          const lower = block.words[first]!.lower
          if (lower === 'man') return !isNounMan(block, first)
          if (lower.startsWith('undertecknad')) return !isParticiple(block, first)
          if (lower.startsWith('myndighet')) return !isName(block, first)
          return true
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
