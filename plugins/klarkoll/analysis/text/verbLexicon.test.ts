import { expect, test } from '@jest/globals'

import { activePresent, participleOf, sFormOf } from './verbLexicon'

const passive = (word: string) => {
  const form = sFormOf(word)
  return form?.kind === 'passive' ? `${form.lemma} ${form.tense}` : form?.kind
}

test('reads s-passive forms from the dictionary’s suffix classes', () => {
  expect(passive('krävs')).toBe('kräva present')
  expect(passive('krävdes')).toBe('kräva past')
  expect(passive('godkänts')).toBe('godkänna supine')
  expect(passive('skickades')).toBe('skicka past')
  expect(passive('skickats')).toBe('skicka supine')
  expect(passive('läses')).toBe('läsa present')
  // The dictionary leaves out some -s infinitives of the second conjugation.
  expect(passive('tömmas')).toBe('tömma infinitive')
})

test('knows strong and irregular verbs and the short forms', () => {
  expect(passive('görs')).toBe('göra present')
  expect(passive('ges')).toBe('ge present')
  expect(passive('tas')).toBe('ta present')
  expect(passive('togs')).toBe('ta past')
  expect(passive('hölls')).toBe('hålla past')
  expect(passive('bytts')).toBe('byta supine')
  expect(passive('betalts')).toBe('betala supine')
})

test('finds compounds through a particle or their last part', () => {
  expect(passive('avgörs')).toBe('avgöra present')
  expect(passive('uppges')).toBe('uppge present')
  expect(passive('ersattes')).toBe('ersätta past')
  expect(passive('handlagts')).toBe('handlägga supine')
  expect(passive('folkbokförs')).toBe('folkbokföra present')
  // A short verb is not the end of any compound: "dia" + "betes".
  expect(sFormOf('diabetes')).toBeUndefined()
})

test('deponent lemmas are their own verbs; genitives and nouns are no verb forms', () => {
  expect(sFormOf('vistas')).toEqual({ kind: 'deponent', lemma: 'vistas' })
  expect(sFormOf('lyckades')?.kind).toBe('deponent')
  // Both: "beslut fattas" and "det fattas pengar".
  expect(sFormOf('fattas')).toMatchObject({ alsoDeponent: true, kind: 'passive' })
  for (const word of ['anställdas', 'sökandes', 'boendes', 'kommunens', 'plats', 'status']) {
    expect([word, sFormOf(word)]).toEqual([word, undefined])
  }
})

test('participles, and adjectives that are none', () => {
  expect(participleOf('godkänd')).toBe('godkänna')
  expect(participleOf('beviljade')).toBe('bevilja')
  expect(participleOf('stängt')).toBe('stänga')
  expect(participleOf('tagna')).toBe('ta')
  expect(participleOf('bemötta')).toBe('bemöta')
  expect(participleOf('erbjudet')).toBe('erbjuda')
  for (const word of ['kallt', 'öppet', 'sjuk', 'bättre', 'välkommen']) {
    expect([word, participleOf(word)]).toEqual([word, undefined])
  }
})

test('the active present, for suggestions', () => {
  expect(
    ['skicka', 'kräva', 'köra', 'ta', 'göra', 'handlägga', 'tro', 'avgöra'].map(activePresent),
  ).toEqual(['skickar', 'kräver', 'kör', 'tar', 'gör', 'handlägger', 'tror', 'avgör'])
})

test('a word too long to be Swedish is not split (no quadratic work)', () => {
  expect(sFormOf(`${'a'.repeat(100_000)}s`)).toBeUndefined()
})
