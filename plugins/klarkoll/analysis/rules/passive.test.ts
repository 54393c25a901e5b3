import { expect, test } from '@jest/globals'

import { testRule } from '../ruleTester'
import { analyzeText, flagged, onlyRule } from '../test/helpers'
import { passive } from './passive'

test('passes: active voice, deponent and reciprocal verbs, genitives', () => {
  expect(
    flagged(
      [
        'Vi skickar beslutet till dig.',
        'Det finns tre förskolor. Vi hoppas att du trivs och lyckas.',
        'Vi träffas i kommunens lokaler. Barnens behov och arbetarnas rättigheter.',
        'Du behöver ett lånekort. Jonas svarar. Det syns tydligt.',
        'Parkeringsplats och arbetsplats finns. Diabetes är vanligt.',
      ],
      'klarsprak/passive',
    ),
  ).toEqual([])
})

test('fails: s-passive in present, past and supine, and after a modal verb', () => {
  expect(
    flagged(
      [
        'Ansökan skickas till nämnden.',
        'Beslutet fattades i maj och har meddelats.',
        'Blanketten har skrivits om. Handlingarna ska inges. Avgiften kan göras om.',
        'Ansökan lämnas till oss.',
      ],
      'klarsprak/passive',
    ),
  ).toEqual(['skickas', 'fattades', 'meddelats', 'skrivits', 'inges', 'göras', 'lämnas'])
})

test('fails: bli-passive with the participle, also after an adverb', () => {
  expect(
    flagged(
      ['Ansökan blir godkänd.', 'Han blev inte beviljad.', 'Det blir bättre.'],
      'klarsprak/passive',
    ),
  ).toEqual(['blir godkänd', 'blev inte beviljad'])
})

test('finds what suffix guessing missed: consonant stems, short verbs, supines, strong pasts', () => {
  expect(
    flagged(
      [
        'Legitimation krävs. Ändringen görs i dag. Bidrag söks senast i maj. Taxan höjs.',
        'Beslutet delges dig och utreds sedan. Det ska ges till alla och kan tas bort.',
        'Kortet har bytts och avgiften har betalts. Mötet hölls och protokoll togs.',
        'Du ska mötas av personalen. Reglerna ska följas.',
      ],
      'klarsprak/passive',
    ),
  ).toEqual([
    'krävs',
    'görs',
    'söks',
    'höjs',
    'delges',
    'utreds',
    'ges',
    'tas',
    'bytts',
    'betalts',
    'hölls',
    'togs',
    'mötas',
    'följas',
  ])
})

test('passes: deponents, reciprocals, genitives, names and bli + adjective', () => {
  expect(
    flagged(
      [
        'Han vistas utomlands. Barnen retas inte. Det fattas pengar.',
        'Vi pratas vid i morgon och turas om att laga mat.',
        'De anställdas och de förtroendevaldas ansvar. Anhörigas och sökandes rättigheter.',
        'Sofias ansökan kom i går. Det blir kallt i natt och affären blir öppet hela dagen.',
      ],
      'klarsprak/passive',
    ),
  ).toEqual([])
})

test('vara-passive: a state someone brought about, not an adjective', () => {
  expect(
    flagged(
      ['Ansökan är beviljad.', 'Simhallen är stängd i dag. Hon är anställd här.'],
      'klarsprak/passive',
    ),
  ).toEqual(['är beviljad'])
})

test('suggests the verb in the active voice, compounds and strong verbs included', () => {
  const { findings } = analyzeText(
    'Ansökan skickas. Beslutet fattades. Ärendet handläggs. Avgiften tas ut. Ansökan blev beviljad. Lagen tillämpas.',
    onlyRule('klarsprak/passive', 'info'),
  )
  expect(findings.map((f) => f.suggestion!.match(/"vi ([^"]+) …"/)?.[1])).toEqual([
    'skickar',
    'fattar',
    'handlägger',
    'tar',
    'beviljar',
    'tillämpar',
  ])
})

test('a compound keeps its first part: "bemöts" is passive, though "möts" alone is not', () => {
  expect(flagged(['Du bemöts av personalen. Vi möts i receptionen.'], 'klarsprak/passive')).toEqual(
    ['bemöts'],
  )
})

test('is a hint by default', () => {
  const { findings } = analyzeText('Ansökan skickas.', onlyRule('klarsprak/passive', 'info'))
  expect(findings[0]).toMatchObject({
    severity: 'info',
    suggestion: expect.stringMatching(/vi skickar/),
  })
})

test('examples (rule tester)', () =>
  testRule(passive, {
    valid: ['Vi skickar beslutet till dig.', 'Vi träffas i kommunens lokaler.'],
    invalid: [
      { findings: [{ excerpt: 'skickas' }], text: 'Ansökan skickas till nämnden.' },
      { findings: [{ excerpt: 'fattades' }], text: 'Beslutet fattades i maj.' },
    ],
  }))
