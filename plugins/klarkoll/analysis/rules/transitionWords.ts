import { defineRule } from '../rule'
import { newSlot, pin } from '../text/lexicon'

/**
 * Sambandsord: words that tell the reader how one sentence follows from another (cause,
 * contrast, order, example, summary). Common conjunctions with other uses ("och", "om", "när")
 * are left out, so a sentence counts only when it signals a link.
 */
const single = new Set([
  'alltså',
  'annars',
  'dessutom',
  'dock',
  'därefter',
  'däremot',
  'därför',
  'därmed',
  'eftersom',
  'emellertid',
  'exempelvis',
  'följaktligen',
  'först',
  'förutom',
  'likaså',
  'medan',
  'men',
  'nämligen',
  'också',
  'samtidigt',
  'sammanfattningsvis',
  'sedan',
  'slutligen',
  'således',
  'trots',
  'vidare',
  'visserligen',
  'ändå',
  'även',
])
const phrases = [
  ['till', 'exempel'],
  ['till', 'sist'],
  ['för', 'det', 'första'],
  ['för', 'det', 'andra'],
  ['på', 'grund', 'av'],
  ['i', 'stället'],
  ['å', 'andra', 'sidan'],
  ['med', 'andra', 'ord'],
  ['det', 'vill', 'säga'],
  ['så', 'att'],
  ['för', 'att'],
  ['efter', 'att'],
  ['i', 'och', 'med'],
  ['framför', 'allt'],
  ['med', 'tanke', 'på'],
  ['till', 'följd', 'av'],
]

// Marked on the words' lexicon entries: one look-up per word, no strings built per sentence. A
// link word is marked `true`; a phrase's first word carries the phrases that start with it.
const slot = newSlot()
for (const word of single) pin(word).data[slot] = true
for (const phrase of phrases) {
  const data = pin(phrase[0]!).data
  if (data[slot] !== true) data[slot] = [...((data[slot] as string[][] | undefined) ?? []), phrase]
}

export const transitionWords = defineRule({
  area: 'klarsprak',
  check: ({ blocks }, { minShare, minWords }) => {
    const running = blocks.filter(
      ({ block }) => block.kind === 'paragraph' || block.kind === 'quote',
    )
    let words = 0
    for (const b of running) words += b.words.length
    if (words < minWords || running.length === 0) return []
    let sentences = 0
    let linked = 0
    for (const { sentences: list, words: all } of running) {
      for (const sentence of list) {
        if (sentence.endWord <= sentence.firstWord) continue
        sentences++
        for (let i = sentence.firstWord; i < sentence.endWord; i++) {
          const mark = all[i]!.entry.data?.[slot] as string[][] | true | undefined
          if (mark === undefined) continue
          if (
            mark === true ||
            mark.some(
              (p) => i + p.length <= sentence.endWord && p.every((w, j) => all[i + j]!.lower === w),
            )
          ) {
            linked++
            break
          }
        }
      }
    }
    const share = Math.round((linked / Math.max(sentences, 1)) * 100)
    if (share >= minShare) return []
    return [
      {
        data: { minShare, share },
        hint: true,
        messageId: 'few',
        path: running[0]!.block.path,
      },
    ]
  },
  defaultOptions: { minShare: 20, minWords: 200 },
  optionsSchema: {
    minShare: { integer: true, max: 100, min: 0 },
    minWords: { integer: true, min: 0 },
  },
  defaultSeverity: 'info',
  id: 'klarsprak/transition-words',
  messages: {
    few: '{share} % av meningarna har ett sambandsord (som "därför", "men", "till exempel"). Med fler, minst {minShare} %, ser läsaren hur meningarna hänger ihop.',
  },
  meta: {
    help: 'Minst {minShare} % av meningarna bör ha ett sambandsord.',
    source: 'Yoast SEO (sambandsord); Språkrådet, Klarspråk (textbindning)',
    title: 'Få sambandsord',
    titleEn: 'Few transition words',
  },
})
