import { expect, test } from '@jest/globals'

import { analyzeText, flagged, onlyRule } from '../test/helpers'

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

test('is a hint by default', () => {
  const { findings } = analyzeText('Ansökan skickas.', onlyRule('klarsprak/passive', 'info'))
  expect(findings[0]).toMatchObject({
    severity: 'info',
    suggestion: expect.stringMatching(/vi skickar/),
  })
})
