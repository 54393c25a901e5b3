import { defineRule, fieldRange } from '../rule'

/**
 * Headings that could stand over any text. Myndigheternas skrivregler: a heading says what the
 * section is about, so a reader who skims the headings finds what they need.
 */
const vague = new Set([
  'allmänt',
  'diverse',
  'fakta',
  'info',
  'information',
  'inledning',
  'mer information',
  'mer info',
  'om',
  'rubrik',
  'text',
  'välkommen',
  'övrigt',
  'övrig information',
])

const normalise = (text: string) =>
  text
    .toLowerCase()
    .replace(/[\s\u00a0]+/g, ' ')
    .replace(/^[\s\p{P}]+|[\s\p{P}]+$/gu, '')

export const vagueHeading = defineRule({
  area: 'klarsprak',
  check: ({ blocks }, { extra }) => {
    const words = new Set([...vague, ...extra.map(normalise)])
    return blocks
      .filter(({ block }) => block.kind === 'heading' && words.has(normalise(block.text)))
      .map(({ block }) => ({
        excerpt: block.text.trim(),
        message: `Rubriken "${block.text.trim()}" säger inget om innehållet. Skriv vad avsnittet handlar om, till exempel "Så ansöker du" eller "Det här kostar det".`,
        path: block.path,
        range: fieldRange(block, 0, block.text.length),
      }))
  },
  defaultOptions: { extra: [] as string[] },
  optionsSchema: { extra: { items: 'string' } },
  defaultSeverity: 'warning',
  id: 'klarsprak/vague-heading',
  meta: {
    help: 'En rubrik ska säga vad avsnittet handlar om, inte "Övrigt" eller "Information".',
    source: 'Myndigheternas skrivregler (Språkrådet 2014), avsnitt 3.4 Rubriker',
    title: 'Rubrik som inte säger något',
    titleEn: 'Heading that says nothing',
  },
})
