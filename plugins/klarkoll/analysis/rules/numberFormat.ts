import type { RuleFinding } from '../rule'

import { defineRule, fieldRange } from '../rule'

const months = [
  'januari',
  'februari',
  'mars',
  'april',
  'maj',
  'juni',
  'juli',
  'augusti',
  'september',
  'oktober',
  'november',
  'december',
]
const units = '(?:kr|kronor|invånare|personer|ton|meter|km|kvadratmeter|kvm)'

/** "08:00" → "8.00". */
const clock = (hours: string, minutes: string) => `${Number(hours)}.${minutes}`
/** "10000" or "10.000" → "10 000". */
const grouped = (digits: string) => digits.replace(/\B(?=(\d{3})+(?!\d))/g, ' ')

type Pattern = {
  find: RegExp
  /** A character the pattern needs: texts without it are not searched. */
  needs: string
  message: (match: RegExpExecArray) => string
  suggestion: (match: RegExpExecArray) => null | string
}

// Myndigheternas skrivregler: clock times with a dot, dates in words in running text, numbers
// of five digits or more grouped in threes with spaces (never a dot or comma).
const patterns: Pattern[] = [
  {
    needs: ':',
    find: /(?<![\d:.])(?:(?:kl\.?|klockan)\s+)?([01]?\d|2[0-4]):([0-5]\d)(?:\s*[–-]\s*([01]?\d|2[0-4]):([0-5]\d))?(?![\d:])/giu,
    message: () => 'Skriv klockslag med punkt, som "8.00" och "16.30", inte med kolon.',
    suggestion: (m) => {
      const from = m[0].replace(/([01]?\d|2[0-4]):([0-5]\d)/g, (_, h: string, min: string) =>
        clock(h, min),
      )
      return from
    },
  },
  {
    needs: '-',
    find: /(?<![\w/=.-])(\d{4})-(0[1-9]|1[0-2])-(0[1-9]|[12]\d|3[01])(?![\w/-])/gu,
    message: (m) =>
      `Skriv datum med bokstäver i löpande text: "${Number(m[3])} ${months[Number(m[2]) - 1]} ${m[1]}".`,
    suggestion: (m) => `${Number(m[3])} ${months[Number(m[2]) - 1]} ${m[1]}`,
  },
  {
    needs: '',
    find: new RegExp(
      `(?<![\\d.,])(\\d{1,3}(?:[.,]\\d{3})+|\\d{5,})(\\s?)(${units})(?![\\p{L}])`,
      'gu',
    ),
    message: () =>
      'Skriv stora tal med mellanslag mellan tusentalen, som "10 000 kr", inte med punkt, komma eller ihopskrivet.',
    suggestion: (m) => `${grouped(m[1]!.replace(/[.,]/g, ''))} ${m[3]}`,
  },
]

/**
 * Numbers, clock times and dates written as Myndigheternas skrivregler asks in running text.
 * Only the forms that are wrong in any Swedish text are reported; tables and lists are left alone.
 */
export const numberFormat = defineRule({
  area: 'klarsprak',
  check: ({ blocks }) => {
    const findings: RuleFinding[] = []
    for (const { block } of blocks) {
      if (block.kind !== 'paragraph' && block.kind !== 'quote' && block.kind !== 'listItem') {
        continue
      }
      if (!/\d/.test(block.text)) continue
      for (const pattern of patterns) {
        if (pattern.needs && !block.text.includes(pattern.needs)) continue
        pattern.find.lastIndex = 0
        for (let m = pattern.find.exec(block.text); m; m = pattern.find.exec(block.text)) {
          // A date or time inside an address is part of the address.
          const before = block.text.lastIndexOf(' ', m.index)
          if (/https?:|www\./u.test(block.text.slice(before + 1, m.index + m[0].length))) continue
          const suggestion = pattern.suggestion(m)
          findings.push({
            excerpt: m[0],
            message: pattern.message(m),
            path: block.path,
            range: fieldRange(block, m.index, m.index + m[0].length),
            ...(suggestion ? { suggestion } : {}),
          })
        }
      }
    }
    return findings.sort((a, b) => a.range!.start - b.range!.start)
  },
  defaultOptions: {},
  defaultSeverity: 'warning',
  id: 'klarsprak/number-format',
  meta: {
    help: 'Klockslag med punkt (8.00), datum med bokstäver (24 december 2026), stora tal med mellanslag (10 000).',
    source: 'Myndigheternas skrivregler (Språkrådet 2014), avsnitt 9 Siffror och tal',
    title: 'Tal, klockslag eller datum skrivna på fel sätt',
    titleEn: 'Numbers, times or dates in the wrong form',
  },
})
