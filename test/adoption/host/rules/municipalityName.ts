// The site's own klarspråk rule, through the plugin's public rule API: the municipality's name is
// written one way only.
import { defineRule } from '@klarkoll/payload-plugin'

export const municipalityName = defineRule({
  area: 'klarsprak',
  check: ({ blocks }, { name, wrong }) =>
    blocks.flatMap(({ block }) =>
      [...block.text.matchAll(new RegExp(wrong.join('|'), 'gu'))].map((match) => ({
        data: { name, written: match[0] },
        excerpt: match[0],
        messageId: 'spelling',
        path: block.path,
        range: { end: match.index + match[0].length, start: match.index },
        suggestion: name,
      })),
    ),
  defaultOptions: { name: 'Exempelkommun', wrong: ['Exempel kommun', 'Exempel-kommun'] },
  defaultSeverity: 'error',
  id: 'klarsprak/municipality-name',
  messages: { spelling: 'Kommunens namn stavas "{name}", inte "{written}".' },
  meta: {
    help: 'Skriv kommunens namn som "{name}".',
    source: 'Kommunens skrivregler',
    title: 'Kommunens namn',
    titleEn: "The municipality's name",
  },
})
