import { atWords, defineRule } from '../rule'
import { wordText } from '../text/tokenize'

export const passive = defineRule({
  area: 'klarsprak',
  check: ({ blocks, passives }) =>
    passives.map((hit) => {
      const block = blocks[hit.blockIndex]!
      return atWords(block, block.words[hit.firstWord]!, block.words[hit.lastWord]!, {
        message:
          hit.kind === 'bli'
            ? `Passiv form med "bli": "${block.block.text.slice(block.words[hit.firstWord]!.start, block.words[hit.lastWord]!.end)}". Säg vem som gör något.`
            : `Passiv form: "${wordText(block, block.words[hit.firstWord]!)}". Säg vem som gör något.`,
        suggestion:
          'Skriv aktivt med "vi" eller "du": "vi skickar beslutet" i stället för "beslutet skickas".',
      })
    }),
  defaultOptions: {},
  defaultSeverity: 'info',
  id: 'klarsprak/passive',
  meta: {
    help: 'Skriv hellre aktivt och säg vem som gör något.',
    source: 'Myndigheternas skrivregler; Klarspråkshjälpen (ISOF)',
    title: 'Passiv form',
    titleEn: 'Passive voice',
  },
})
