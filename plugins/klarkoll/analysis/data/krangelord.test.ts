import { expect, test } from '@jest/globals'

import { flagged } from '../test/helpers'
import { sFormOf } from '../text/verbLexicon'
import { krangelord } from './krangelord'

test('every entry has its part of speech, and only phrases are "fras"', () => {
  for (const pair of krangelord) {
    const phrase = pair.avoid.some((form) => form.includes(' '))
    expect([pair.avoid[0], pair.pos]).toEqual([
      pair.avoid[0],
      phrase ? 'fras' : expect.stringMatching(/^(?:adj|adv|konj|prep|pron|subst|verb)$/),
    ])
  }
})

test('the s-forms listed for verbs are passive forms of that verb in the verb lexicon', () => {
  const sForms = krangelord
    .filter((pair) => pair.pos === 'verb')
    .flatMap((pair) => pair.avoid.filter((form) => /[^s]s$/.test(form) && !form.includes(' ')))
  expect(sForms.length).toBeGreaterThan(15)
  expect(sForms.filter((form) => sFormOf(form)?.kind !== 'passive')).toEqual([])
})

// The Svarta listan forms (Statsrådsberedningen PM 2011:1) the review cited as missing or
// uninflected, and the list's best-known entries: each must be found in running text.
const svartaListan = [
  'med anledning av det faktum att',
  'i anledning av att',
  'det bör noteras att',
  'i den mån',
  'försåvitt',
  'erhölls',
  'tillställas',
  'tillse så att',
  'åtgärder ska vidtas',
  'erläggas',
  'träder i kraft',
  'anhängiggöra',
  'anmoda',
  'beträffande',
  'därest',
  'dylika',
  'emedan',
  'enär',
  'erforderliga',
  'huruvida',
  'härvidlag',
  'icke',
  'jämlikt',
  'jämväl',
  'medelst',
  'ombesörja',
  'tillhandahålla',
  'torde',
  'vederbörande',
  'åligger',
  'ävensom',
]

test('covers the cited forms of Svarta listan', () => {
  const missing = svartaListan.filter(
    (form) => flagged(`Vi skriver ${form} här.`, 'klarsprak/krangelord').length === 0,
  )
  expect(missing).toEqual([])
})
